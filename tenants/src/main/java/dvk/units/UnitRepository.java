package dvk.units;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Units as they stand on a day. Every lookup takes the reader's scope (an ltree path, or null for
 * everything) so that a unit outside it is simply not found.
 */
@Singleton
@Connectable
public class UnitRepository {

    private static final String SELECT = """
            SELECT u.id, u.province_id, u.code, u.name, u.level, u.type, u.parent_id, p.code AS parent_code,
                   u.path::text AS path, u.valid_from, u.valid_to,
                   (SELECT count(*) FROM unit c
                     WHERE c.province_id = u.province_id AND c.parent_id = u.id
                       AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)) AS child_count
              FROM unit u
              LEFT JOIN unit p ON p.province_id = u.province_id AND p.id = u.parent_id
            """;
    private static final String VALID_ON = " u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) ";
    private static final String IN_SCOPE = " (?::ltree IS NULL OR u.path <@ ?::ltree) ";

    private final JdbcOperations jdbc;

    public UnitRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code, LocalDate on, String scopePath) {
        return jdbc.prepareStatement(SELECT + " WHERE u.code = ? AND" + VALID_ON + "AND" + IN_SCOPE, ps -> {
            int i = bindDay(ps, 1, on);
            ps.setString(i++, code);
            i = bindDay(ps, i, on);
            bindScope(ps, i, scopePath);
            return first(ps);
        });
    }

    /** The most recent unit to carry the code, in force today or not (codes repeat across structures). */
    public Optional<Unit> findLatestByCode(String code, String scopePath) {
        Optional<LocalDate> start = jdbc.prepareStatement(
                "SELECT max(u.valid_from) FROM unit u WHERE u.code = ? AND" + IN_SCOPE, ps -> {
                    ps.setString(1, code);
                    bindScope(ps, 2, scopePath);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return Optional.ofNullable(rs.getObject(1, LocalDate.class));
                    }
                });
        return start.flatMap(day -> findByCode(code, day, scopePath));
    }

    public Optional<Unit> findById(long id) {
        return jdbc.prepareStatement(SELECT + " WHERE u.id = ?", ps -> {
            LocalDate far = LocalDate.of(9999, 12, 31);
            int i = bindDay(ps, 1, far);
            ps.setLong(i, id);
            return first(ps);
        });
    }

    public List<Unit> children(Unit parent, LocalDate on) {
        return jdbc.prepareStatement(SELECT + " WHERE u.province_id = ? AND u.parent_id = ? AND" + VALID_ON
                + " ORDER BY u.code", ps -> {
            int i = bindDay(ps, 1, on);
            ps.setLong(i++, parent.provinceId());
            ps.setLong(i++, parent.id());
            bindDay(ps, i, on);
            return all(ps);
        });
    }

    public List<Unit> byLevel(UnitLevel level, LocalDate on, String scopePath) {
        return jdbc.prepareStatement(SELECT + " WHERE u.level = ? AND" + VALID_ON + "AND" + IN_SCOPE
                + " ORDER BY u.code", ps -> {
            int i = bindDay(ps, 1, on);
            ps.setString(i++, level.sqlName());
            i = bindDay(ps, i, on);
            bindScope(ps, i, scopePath);
            return all(ps);
        });
    }

    /** The chain from the province down to the unit itself, for breadcrumbs. */
    public List<Unit> lineage(Unit unit) {
        return jdbc.prepareStatement(SELECT + " WHERE u.province_id = ? AND u.path @> ?::ltree ORDER BY nlevel(u.path)",
                ps -> {
                    int i = bindDay(ps, 1, unit.validFrom());
                    ps.setLong(i++, unit.provinceId());
                    ps.setString(i, unit.path());
                    return all(ps);
                });
    }

    public long count() {
        return jdbc.prepareStatement("SELECT count(*) FROM unit", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int bindDay(PreparedStatement ps, int index, LocalDate day) throws SQLException {
        ps.setObject(index, day);
        ps.setObject(index + 1, day);
        return index + 2;
    }

    private static void bindScope(PreparedStatement ps, int index, String scopePath) throws SQLException {
        ps.setString(index, scopePath);
        ps.setString(index + 1, scopePath);
    }

    private static Optional<Unit> first(PreparedStatement ps) throws SQLException {
        List<Unit> units = all(ps);
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    private static List<Unit> all(PreparedStatement ps) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new Unit(
                        rs.getLong("id"),
                        rs.getLong("province_id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitLevel.fromSql(rs.getString("level")),
                        rs.getString("type"),
                        (Long) rs.getObject("parent_id"),
                        rs.getString("parent_code"),
                        rs.getString("path"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        rs.getInt("child_count")));
            }
        }
        return units;
    }
}
