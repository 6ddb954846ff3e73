package dvk.users;

import dvk.access.Role;
import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
@Connectable
public class UserRepository {

    /**
     * The user columns; {@code %s} is the inherited scope, computed only where a {@code Caller} is made from the
     * row (a login, a background job acting for its requester), not for lists.
     */
    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.role, a.unit_id, a.province_id, a.password_hash,
                   a.token_version, a.enabled,
                   u.code AS unit_code, u.name AS unit_name, u.path::text AS unit_path, %s AS inherited
              FROM app_user a
              LEFT JOIN unit u ON u.province_id = a.province_id AND u.id = a.unit_id
            """;

    private final JdbcOperations jdbc;

    public UserRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<User> findByUsername(String username) {
        return jdbc.prepareStatement(select(true) + " WHERE a.username = ?", ps -> {
            ps.setString(1, username);
            List<User> users = read(ps.executeQuery());
            return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
        });
    }

    /** The user if their unit lies in the scope ({@code Caller.readScope()}; null: any user, administrators too). */
    public Optional<User> findByUsername(String username, String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("username", username);
        values.put(ScopeSql.PARAMETER, scope);
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = NamedSql.of(
                            select(true) + " WHERE a.username = :username AND " + ScopeSql.reads("u.path"))
                    .prepare(connection, values)) {
                return read(ps.executeQuery()).stream().findFirst();
            }
        });
    }

    private static String select(boolean withInherited) {
        return SELECT.formatted(
                withInherited
                        ? "CASE WHEN a.unit_id IS NULL THEN '{}'"
                                + " ELSE inherited_scope(a.province_id, a.unit_id)::text[] END"
                        : "'{}'::text[]");
    }

    public Optional<User> findById(long id) {
        return jdbc.prepareStatement(select(true) + " WHERE a.id = ?", ps -> {
            ps.setLong(1, id);
            List<User> users = read(ps.executeQuery());
            return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
        });
    }

    /** Users whose unit lies in the scope ({@code Caller.readScope()}; null: all users). */
    public List<User> inScope(String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put(ScopeSql.PARAMETER, scope);
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = NamedSql.of(
                            select(false) + " WHERE " + ScopeSql.reads("u.path") + " ORDER BY a.username")
                    .prepare(connection, values)) {
                return read(ps.executeQuery());
            }
        });
    }

    public long insert(
            String username, String displayName, Role role, Long provinceId, Long unitId, String passwordHash) {
        return jdbc.prepareStatement("""
                INSERT INTO app_user (username, display_name, role, province_id, unit_id, password_hash)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id
                """, ps -> {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, role.sqlName());
            ps.setObject(4, provinceId);
            ps.setObject(5, unitId);
            ps.setString(6, passwordHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1L;
            }
        });
    }

    /** A new password ends every session of the user: their tokens carry the old version. */
    public boolean updatePassword(String username, String passwordHash) {
        return jdbc.prepareStatement("""
                UPDATE app_user SET password_hash = ?, token_version = token_version + 1 WHERE username = ?
                """, ps -> {
            ps.setString(1, passwordHash);
            ps.setString(2, username);
            return ps.executeUpdate() == 1;
        });
    }

    /** Role and enabled flag; a change ends every session of the user, whose tokens carry the old role. */
    public boolean updateAccess(String username, Role role, boolean enabled) {
        return jdbc.prepareStatement("""
                UPDATE app_user SET role = ?, enabled = ?, token_version = token_version + 1 WHERE username = ?
                """, ps -> {
            ps.setString(1, role.sqlName());
            ps.setBoolean(2, enabled);
            ps.setString(3, username);
            return ps.executeUpdate() == 1;
        });
    }

    /** Ends every session of the user (logout): tokens issued before carry an older version. */
    public void endSessions(long userId) {
        jdbc.prepareStatement("UPDATE app_user SET token_version = token_version + 1 WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
    }

    /** What a token is checked against on every request: one primary-key read. */
    public Optional<SessionState> sessionState(long userId) {
        return jdbc.prepareStatement("SELECT username, token_version, enabled FROM app_user WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new SessionState(rs.getString(1), rs.getLong(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        });
    }

    private static List<User> read(ResultSet rs) throws SQLException {
        List<User> users = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                users.add(new User(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.parse(rs.getString("role")),
                        (Long) rs.getObject("unit_id"),
                        (Long) rs.getObject("province_id"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getString("unit_path"),
                        List.of((String[]) rs.getArray("inherited").getArray()),
                        rs.getString("password_hash"),
                        rs.getLong("token_version"),
                        rs.getBoolean("enabled")));
            }
        }
        return users;
    }
}
