package dvk.rollups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The rollups' statements through the shared helper {@link dvk.database.NamedSql}, with their resources read
 * beside this package. Kept as the rollups' call-site API while that package is being reshaped.
 */
final class NamedSql {

    private final dvk.database.NamedSql sql;

    private NamedSql(dvk.database.NamedSql sql) {
        this.sql = sql;
    }

    static NamedSql of(String sql) {
        return new NamedSql(dvk.database.NamedSql.of(sql));
    }

    static NamedSql resource(String name) {
        return new NamedSql(dvk.database.NamedSql.resource(NamedSql.class, name));
    }

    PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        return sql.prepare(connection, values);
    }
}
