package dvk.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way DVK's code runs SQL with parameters: {@code :name} placeholders (letters, digits and {@code _}), so
 * long statements read as SQL and a parameter used five times is bound once. {@code ::type} casts, string
 * literals, quoted identifiers and {@code --} comments are left alone, so neither a cast nor a comment that
 * mentions a parameter becomes a placeholder. A name without a value is an error, not a null. Dollar-quoted bodies
 * and {@code E'…'} strings are not told apart: they belong in migrations, not in the application's statements.
 *
 * <p>Arrays: {@code long[]} binds as {@code bigint[]}, {@code boolean[]} as {@code boolean[]}, {@code String[]} as
 * {@code text[]}; anything else through {@code setObject}.
 */
public final class NamedSql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final String sql;
    private final String jdbcSql;
    private final List<String> names;

    private NamedSql(String sql, String jdbcSql, List<String> names) {
        this.sql = sql;
        this.jdbcSql = jdbcSql;
        this.names = names;
    }

    public static NamedSql of(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                // a doubled quote inside a literal ends and reopens it: copying both halves keeps it whole
                end = end < 0 ? n : end + 1;
                jdbc.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                jdbc.append("::");
                i += 2;
            } else if (c == ':'
                    && i + 1 < n
                    && nameStart(sql.charAt(i + 1))
                    && (i == 0 || !namePart(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && namePart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(i + 1, end));
                jdbc.append('?');
                i = end;
            } else {
                jdbc.append(c);
                i++;
            }
        }
        return new NamedSql(sql, jdbc.toString(), List.copyOf(names));
    }

    /** A {@code .sql} file beside its owner: {@code name} is resolved against {@code owner}'s package. */
    public static NamedSql resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name + " beside " + owner.getName());
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statement as written, with its {@code :name} parameters. */
    public String sql() {
        return sql;
    }

    /** The statement as JDBC runs it, with {@code ?} placeholders. */
    public String jdbcSql() {
        return jdbcSql;
    }

    /** The parameter names in the order of the placeholders (a name used twice is listed twice). */
    public List<String> names() {
        return names;
    }

    /** The statement prepared and bound; the caller closes it. */
    public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
        }
        PreparedStatement ps = connection.prepareStatement(jdbcSql);
        try {
            for (int i = 0; i < names.size(); i++) {
                bind(connection, ps, i + 1, values.get(names.get(i)));
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    public int update(Connection connection, Map<String, ?> values) throws SQLException {
        try (PreparedStatement ps = prepare(connection, values)) {
            return ps.executeUpdate();
        }
    }

    public <T> List<T> query(Connection connection, Map<String, ?> values, Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepare(connection, values);
                ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        }
    }

    /**
     * Statements run on one connection with one set of parameters (a batch's transaction): each call parses its
     * SQL, and an {@link SQLException} comes back as an {@link IllegalStateException} with it as the cause.
     */
    public record Bound(Connection connection, Map<String, ?> values) {

        public Bound {
            values = new HashMap<>(values);
        }

        /** The same connection with more parameters. */
        public Bound with(Map<String, ?> more) {
            Map<String, Object> all = new HashMap<>(values);
            all.putAll(more);
            return new Bound(connection, all);
        }

        public int update(String sql) {
            try {
                return of(sql).update(connection, values);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        public <T> List<T> query(String sql, Row<T> row) {
            try {
                return of(sql).query(connection, values, row);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        /** The first row of a query that always answers one. */
        public <T> T one(String sql, Row<T> row) {
            return query(sql, row).get(0);
        }
    }

    private static boolean nameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean namePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static void bind(Connection connection, PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof long[] longs) {
            Long[] boxed = new Long[longs.length];
            for (int i = 0; i < longs.length; i++) {
                boxed[i] = longs[i];
            }
            ps.setArray(index, connection.createArrayOf("bigint", boxed));
        } else if (value instanceof boolean[] booleans) {
            Boolean[] boxed = new Boolean[booleans.length];
            for (int i = 0; i < booleans.length; i++) {
                boxed[i] = booleans[i];
            }
            ps.setArray(index, connection.createArrayOf("boolean", boxed));
        } else if (value instanceof String[] strings) {
            ps.setArray(index, connection.createArrayOf("text", strings));
        } else {
            ps.setObject(index, value);
        }
    }
}
