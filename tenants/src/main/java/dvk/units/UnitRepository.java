package dvk.units;

import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Units as they stand on a day. Every lookup by code takes the reader's scope ({@code Caller.readScope()}: an
 * ltree[] literal, or null for everything) through {@link ScopeSql}, so that a unit outside it is simply not found.
 */
@Singleton
@Connectable
public class UnitRepository {

    /** Children are counted on {@code :count_day}, or on the unit's last day when it ended before then. */
    private static final String SELECT = """
            SELECT u.id, u.province_id, u.code, u.name, u.level, u.type, u.parent_id, p.code AS parent_code,
                   u.path::text AS path, u.valid_from, u.valid_to,
                   (SELECT count(*) FROM unit c
                     WHERE c.province_id = u.province_id AND c.parent_id = u.id
                       AND c.valid_from <= least(:count_day::date, u.valid_to)
                       AND (c.valid_to IS NULL OR c.valid_to >= least(:count_day::date, u.valid_to))) AS child_count
              FROM unit u
              LEFT JOIN unit p ON p.province_id = u.province_id AND p.id = u.parent_id
            """;
    /** In force at some time up to {@code :last} and from {@code :first} (the same day for "on a day"). */
    private static final String VALID = " u.valid_from <= :last AND (u.valid_to IS NULL OR u.valid_to >= :first) ";
    /** A day after every unit's start: counts the children a unit has now, or had on its last day. */
    private static final LocalDate FAR = LocalDate.of(9999, 12, 31);

    private static final String IN_SCOPE = " " + ScopeSql.reads("u.path") + " ";

    private final JdbcOperations jdbc;

    public UnitRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code, LocalDate on, String scope) {
        return first(
                SELECT + " WHERE u.code = :code AND" + VALID + "AND" + IN_SCOPE,
                values(on)
                        .with("code", code)
                        .with(ScopeSql.PARAMETER, scope)
                        .with("first", on)
                        .with("last", on));
    }

    /**
     * The unit with the code in force at some time from {@code first} to {@code last}, the latest one when
     * the code passed from one unit to another within that time (codes repeat across structures).
     */
    public Optional<Unit> findByCodeDuring(String code, LocalDate first, LocalDate last, String scope) {
        return first(
                SELECT + " WHERE u.code = :code AND" + VALID + "AND" + IN_SCOPE + " ORDER BY u.valid_from DESC LIMIT 1",
                values(last)
                        .with("code", code)
                        .with(ScopeSql.PARAMETER, scope)
                        .with("first", first)
                        .with("last", last));
    }

    /** Every unit that ever carried the code, newest first. */
    public List<Unit> findAllByCode(String code, String scope) {
        return all(
                SELECT + " WHERE u.code = :code AND" + IN_SCOPE + " ORDER BY u.valid_from DESC",
                values(FAR).with("code", code).with(ScopeSql.PARAMETER, scope));
    }

    /** A unit by id within the scope: how a stored row's unit is read for a caller. */
    public Optional<Unit> findById(long id, String scope) {
        return first(
                SELECT + " WHERE u.id = :id AND" + IN_SCOPE,
                values(FAR).with("id", id).with(ScopeSql.PARAMETER, scope));
    }

    /** A unit by id whoever asks: for the caller's own unit and for background work. */
    public Optional<Unit> findById(long id) {
        return first(SELECT + " WHERE u.id = :id", values(FAR).with("id", id));
    }

    public List<Unit> children(Unit parent, LocalDate on) {
        return all(
                SELECT + " WHERE u.province_id = :province AND u.parent_id = :parent AND" + VALID + " ORDER BY u.code",
                values(on)
                        .with("province", parent.provinceId())
                        .with("parent", parent.id())
                        .with("first", on)
                        .with("last", on));
    }

    public List<Unit> byLevel(UnitLevel level, LocalDate on, String scope) {
        return all(
                SELECT + " WHERE u.level = :level AND" + VALID + "AND" + IN_SCOPE + " ORDER BY u.code",
                values(on)
                        .with("level", level.sqlName())
                        .with(ScopeSql.PARAMETER, scope)
                        .with("first", on)
                        .with("last", on));
    }

    /** The chain from the province down to the unit itself, for breadcrumbs. */
    public List<Unit> ancestors(Unit unit) {
        return all(
                SELECT + " WHERE u.province_id = :province AND u.path @> :path::ltree ORDER BY nlevel(u.path)",
                values(unit.validFrom()).with("province", unit.provinceId()).with("path", unit.path()));
    }

    /** The units this one was formed from, with how much of each went into it. */
    public List<Succession> predecessors(Unit unit) {
        return succession(
                "s.predecessor_province_id = u.province_id AND s.predecessor_id = u.id"
                        + " WHERE s.successor_province_id = :province AND s.successor_id = :id",
                unit);
    }

    /** The units this one went into, with how much of it went into each. */
    public List<Succession> successors(Unit unit) {
        return succession(
                "s.successor_province_id = u.province_id AND s.successor_id = u.id"
                        + " WHERE s.predecessor_province_id = :province AND s.predecessor_id = :id",
                unit);
    }

    private List<Succession> succession(String joinAndWhere, Unit unit) {
        String columns = SELECT.substring(0, SELECT.indexOf("FROM unit u"));
        String query = columns + ", s.coverage, s.effective_on FROM unit_succession s JOIN unit u ON "
                + joinAndWhere.replace(
                        " WHERE ", " LEFT JOIN unit p ON p.province_id = u.province_id AND p.id = u.parent_id WHERE ")
                + " ORDER BY u.code";
        Values values = values(FAR).with("province", unit.provinceId()).with("id", unit.id());
        return jdbc.execute(connection -> NamedSql.of(query)
                .query(
                        connection,
                        values.map(),
                        rs -> new Succession(
                                unit(rs), rs.getString("coverage"), rs.getObject("effective_on", LocalDate.class))));
    }

    public long count() {
        return jdbc.execute(connection -> NamedSql.of("SELECT count(*) FROM unit")
                .query(connection, Map.of(), rs -> rs.getLong(1))
                .get(0));
    }

    /** The parameters of one lookup, starting with the day children are counted on. */
    private record Values(Map<String, Object> map) {

        Values with(String name, Object value) {
            map.put(name, value);
            return this;
        }
    }

    private static Values values(LocalDate countDay) {
        Map<String, Object> map = new HashMap<>();
        map.put("count_day", countDay);
        return new Values(map);
    }

    private Optional<Unit> first(String sql, Values values) {
        return all(sql, values).stream().findFirst();
    }

    private List<Unit> all(String sql, Values values) {
        return jdbc.execute(connection -> NamedSql.of(sql).query(connection, values.map(), UnitRepository::unit));
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
