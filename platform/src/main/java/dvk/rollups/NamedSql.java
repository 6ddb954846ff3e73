package dvk.rollups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with {@code :name} parameters, so the long rollup statements read as SQL and a parameter used five
 * times is bound once. {@code ::type} casts are left alone.
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-z][A-Za-z0-9]*)");

    private static final Pattern COMMENT = Pattern.compile("--[^\n]*");

    private final String jdbcSql;
    private final List<String> names;

    private NamedSql(String jdbcSql, List<String> names) {
        this.jdbcSql = jdbcSql;
        this.names = names;
    }

    static NamedSql of(String sql) {
        // comments may mention parameters; they must not become placeholders
        Matcher matcher = PARAMETER.matcher(COMMENT.matcher(sql).replaceAll(""));
        List<String> names = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        return new NamedSql(jdbc.toString(), List.copyOf(names));
    }

    static NamedSql resource(String name) {
        try (InputStream in = NamedSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name);
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(jdbcSql);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            bind(connection, ps, i + 1, values.get(name));
        }
        return ps;
    }

    private static void bind(Connection connection, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof long[] longs) {
            Long[] boxed = new Long[longs.length];
            for (int i = 0; i < longs.length; i++) {
                boxed[i] = longs[i];
            }
            Array array = connection.createArrayOf("bigint", boxed);
            ps.setArray(index, array);
        } else if (value instanceof boolean[] booleans) {
            Boolean[] boxed = new Boolean[booleans.length];
            for (int i = 0; i < booleans.length; i++) {
                boxed[i] = booleans[i];
            }
            ps.setArray(index, connection.createArrayOf("boolean", boxed));
        } else if (value instanceof String[] strings) {
            ps.setArray(index, connection.createArrayOf("text", strings));
        } else if (value instanceof LocalDate day) {
            ps.setObject(index, day);
        } else {
            ps.setObject(index, value);
        }
    }
}
