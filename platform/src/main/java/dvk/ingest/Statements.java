package dvk.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the batch's SQL on the transaction's connection with {@code :name} parameters, so the long statements
 * read like SQL and every one of them is bound the same way.
 */
final class Statements {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z_]+)");

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, Object> parameters;

    Statements(Connection connection, Map<String, Object> parameters) {
        this.connection = connection;
        this.parameters = parameters;
    }

    /** The same connection with more parameters. */
    Statements with(Map<String, Object> more) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.putAll(more);
        return new Statements(connection, all);
    }

    Connection connection() {
        return connection;
    }

    int update(String sql) {
        try (PreparedStatement ps = prepare(sql)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    <T> List<T> query(String sql, Row<T> row) {
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    <T> T one(String sql, Row<T> row) {
        return query(sql, row).get(0);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        PreparedStatement ps = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < names.size(); i++) {
            if (!parameters.containsKey(names.get(i))) {
                throw new IllegalArgumentException("No value for :" + names.get(i));
            }
            ps.setObject(i + 1, parameters.get(names.get(i)));
        }
        return ps;
    }
}
