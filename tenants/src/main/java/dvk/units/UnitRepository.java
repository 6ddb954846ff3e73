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
 * Units as they stand on a day. Every lookup takes the reader's scope ({@code Caller.readScope()}: an ltree[]
 * literal, or null for everything) so that a unit outside it is simply not found.
 */
@Singleton
@Connectable
public class UnitRepository {

    /** Children are counted on the asked day, or on the unit's last day when it ended before then. */
    private static final String SELECT = """
            SELECT u.id, u.province_id, u.code, u.name, u.level, u.type, u.parent_id, p.code AS parent_code,
                   u.path::text AS path, u.valid_from, u.valid_to,
                   (SELECT count(*) FROM unit c
                     WHERE c.province_id = u.province_id AND c.parent_id = u.id
                       AND c.valid_from <= least(?::date, u.valid_to)
                       AND (c.valid_to IS NULL OR c.valid_to >= least(?::date, u.valid_to))) AS child_count
              FROM unit u
              LEFT JOIN unit p ON p.province_id = u.province_id AND p.id = u.parent_id
            """;
    /** In force at some time up to the first parameter and from the second (the same day for "on a day"). */
    private static final String VALID_ON = " u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) ";
    /** A day after every unit's start: counts the children a unit has now, or had on its last day. */
    private static final LocalDate FAR = LocalDate.of(9999, 12, 31);
    private static final String IN_SCOPE = " in_scope(u.path, CAST(? AS ltree[])) ";

    private final JdbcOperations jdbc;

    public UnitRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code, LocalDate on, String scope) {
        return jdbc.prepareStatement(SELECT + " WHERE u.code = ? AND" + VALID_ON + "AND" + IN_SCOPE, ps -> {
            int i = bindDay(ps, 1, on);
            ps.setString(i++, code);
            i = bindDay(ps, i, on);
            bindScope(ps, i, scope);
            return first(ps);
        });
    }

    /**
     * The unit with the code in force at some time from {@code first} to {@code last}, the latest one when
     * the code passed from one unit to another within that time (codes repeat across structures).
     */
    public Optional<Unit> findByCodeDuring(String code, LocalDate first, LocalDate last, String scope) {
        return jdbc.prepareStatement(SELECT + " WHERE u.code = ? AND" + VALID_ON + "AND" + IN_SCOPE
                + " ORDER BY u.valid_from DESC LIMIT 1", ps -> {
            int i = bindDay(ps, 1, last);
            ps.setString(i++, code);
            ps.setObject(i++, last);
            ps.setObject(i++, first);
            bindScope(ps, i, scope);
            return first(ps);
        });
    }

    /** Every unit that ever carried the code, newest first. */
    public List<Unit> findAllByCode(String code, String scope) {
        return jdbc.prepareStatement(SELECT + " WHERE u.code = ? AND" + IN_SCOPE + " ORDER BY u.valid_from DESC",
                ps -> {
                    int i = bindDay(ps, 1, FAR);
                    ps.setString(i++, code);
                    bindScope(ps, i, scope);
                    return all(ps);
                });
    }

    public Optional<Unit> findById(long id) {
        return jdbc.prepareStatement(SELECT + " WHERE u.id = ?", ps -> {
            int i = bindDay(ps, 1, FAR);
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

    public List<Unit> byLevel(UnitLevel level, LocalDate on, String scope) {
        return jdbc.prepareStatement(SELECT + " WHERE u.level = ? AND" + VALID_ON + "AND" + IN_SCOPE
                + " ORDER BY u.code", ps -> {
            int i = bindDay(ps, 1, on);
            ps.setString(i++, level.sqlName());
            i = bindDay(ps, i, on);
            bindScope(ps, i, scope);
            return all(ps);
        });
    }

    /** The chain from the province down to the unit itself, for breadcrumbs. */
    public List<Unit> ancestors(Unit unit) {
        return jdbc.prepareStatement(SELECT + " WHERE u.province_id = ? AND u.path @> ?::ltree ORDER BY nlevel(u.path)",
                ps -> {
                    int i = bindDay(ps, 1, unit.validFrom());
                    ps.setLong(i++, unit.provinceId());
                    ps.setString(i, unit.path());
                    return all(ps);
                });
    }

    /** The units this one was formed from, with how much of each went into it. */
    public List<Succession> predecessors(Unit unit) {
        return succession("s.predecessor_province_id = u.province_id AND s.predecessor_id = u.id"
                + " WHERE s.successor_province_id = ? AND s.successor_id = ?", unit);
    }

    /** The units this one went into, with how much of it went into each. */
    public List<Succession> successors(Unit unit) {
        return succession("s.successor_province_id = u.province_id AND s.successor_id = u.id"
                + " WHERE s.predecessor_province_id = ? AND s.predecessor_id = ?", unit);
    }

    private List<Succession> succession(String joinAndWhere, Unit unit) {
        String columns = SELECT.substring(0, SELECT.indexOf("FROM unit u"));
        String query = columns + ", s.coverage, s.effective_on FROM unit_succession s JOIN unit u ON "
                + joinAndWhere.replace(" WHERE ",
                " LEFT JOIN unit p ON p.province_id = u.province_id AND p.id = u.parent_id WHERE ")
                + " ORDER BY u.code";
        return jdbc.prepareStatement(query, ps -> {
            int i = bindDay(ps, 1, FAR);
            ps.setLong(i++, unit.provinceId());
            ps.setLong(i, unit.id());
            List<Succession> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Succession(unit(rs), rs.getString("coverage"),
                            rs.getObject("effective_on", LocalDate.class)));
                }
            }
            return found;
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

    private static void bindScope(PreparedStatement ps, int index, String scope) throws SQLException {
        ps.setString(index, scope);
    }

    private static Optional<Unit> first(PreparedStatement ps) throws SQLException {
        List<Unit> units = all(ps);
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    private static List<Unit> all(PreparedStatement ps) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(unit(rs));
            }
        }
        return units;
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        return new Unit(
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
                rs.getInt("child_count"));
    }
}
