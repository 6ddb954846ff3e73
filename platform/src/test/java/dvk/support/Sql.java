package dvk.support;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL on the test application's database, outside its transactions, for fixtures and recounts. */
public final class Sql {

    private final String url;
    private final String user;

    private Sql(String url, String user) {
        this.url = url;
        this.user = user;
    }

    public static Sql of(ApplicationContext context) {
        return new Sql(
                context.getRequiredProperty("datasources.default.url", String.class),
                context.getProperty("datasources.default.username", String.class)
                        .orElse(null));
    }

    public Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    public long number(String sql) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the only row; fails when the query finds no row, so a test cannot read a default. */
    public String text(String sql) throws SQLException {
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row for " + sql);
            }
            return rs.getString(1);
        }
    }
}
