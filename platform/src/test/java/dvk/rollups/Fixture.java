package dvk.rollups;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Letter-coded factories for base rows: synthetic units under a synthetic province, a campaign, batches,
 * models, results, indicators and submissions, written with plain SQL as the ingest would store them.
 */
final class Fixture {

    static final LocalDate FOREVER_FROM = LocalDate.of(2000, 1, 1);
    /** The first day of the synthetic structure that succeeds the generated one (as the 2-level one of 2025). */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final Connection c;
    private final long userId;

    Fixture(Connection connection) throws SQLException {
        this.c = connection;
        this.userId = number("SELECT id FROM app_user WHERE username = 'admin'");
    }

    /** A unit: returns {id, provinceId}; path is built from the parent. */
    Unit province(String code) throws SQLException {
        long id = number("SELECT nextval('unit_id_seq')");
        insertUnit(id, id, code, "Tỉnh " + code, "province", "Tỉnh", null, String.valueOf(id), null);
        return new Unit(id, id, code, String.valueOf(id), "province", "Tỉnh " + code);
    }

    Unit district(String code, Unit parent) throws SQLException {
        return child(code, "district", "Huyện", parent, null);
    }

    Unit commune(String code, Unit parent) throws SQLException {
        return child(code, "commune", "Xã", parent, null);
    }

    Unit child(String code, String level, String type, Unit parent, LocalDate validTo) throws SQLException {
        long id = number("SELECT nextval('unit_id_seq')");
        String path = parent.path() + "." + id;
        String name = type + " " + code;
        insertUnit(parent.provinceId(), id, code, name, level, type, parent.id(), path, validTo);
        return new Unit(id, parent.provinceId(), code, path, level, name);
    }

    /** A province of the succeeding structure, in force from {@link #REFORM}. */
    Unit successorProvince(String code) throws SQLException {
        long id = number("SELECT nextval('unit_id_seq')");
        insertUnit(id, id, code, "Tỉnh " + code, "province", "Tỉnh", null, String.valueOf(id), REFORM, null);
        return new Unit(id, id, code, String.valueOf(id), "province", "Tỉnh " + code);
    }

    /** A commune of the succeeding structure, directly below its province. */
    Unit successorCommune(String code, Unit province) throws SQLException {
        long id = number("SELECT nextval('unit_id_seq')");
        String path = province.path() + "." + id;
        insertUnit(province.provinceId(), id, code, "Xã " + code, "commune", "Xã", province.id(), path, REFORM, null);
        return new Unit(id, province.provinceId(), code, path, "commune", "Xã " + code);
    }

    /** A lineage link; {@code placed} marks where a split unit's rows count. */
    void succession(long oldProvinceId, long oldId, Unit successor, String coverage, boolean placed)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit_succession (successor_province_id, successor_id, predecessor_province_id,
                                             predecessor_id, effective_on, coverage, placed)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, successor.provinceId());
            ps.setLong(2, successor.id());
            ps.setLong(3, oldProvinceId);
            ps.setLong(4, oldId);
            ps.setObject(5, REFORM);
            ps.setString(6, coverage);
            ps.setBoolean(7, placed);
            ps.executeUpdate();
        }
    }

    private void insertUnit(
            long provinceId,
            long id,
            String code,
            String name,
            String level,
            String type,
            Long parentId,
            String path,
            LocalDate validTo)
            throws SQLException {
        insertUnit(provinceId, id, code, name, level, type, parentId, path, FOREVER_FROM, validTo);
    }

    private void insertUnit(
            long provinceId,
            long id,
            String code,
            String name,
            String level,
            String type,
            Long parentId,
            String path,
            LocalDate validFrom,
            LocalDate validTo)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit (province_id, id, code, name, level, type, parent_id, path, valid_from, valid_to)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::ltree, ?, ?)""")) {
            ps.setLong(1, provinceId);
            ps.setLong(2, id);
            ps.setString(3, code);
            ps.setString(4, name);
            ps.setString(5, level);
            ps.setString(6, type);
            ps.setObject(7, parentId);
            ps.setString(8, path);
            ps.setObject(9, validFrom);
            ps.setObject(10, validTo);
            ps.executeUpdate();
        }
    }

    long campaign(Unit issuer, String name) throws SQLException {
        return returning("""
                INSERT INTO campaign (province_id, issuer_unit_id, name, first_year, last_year)
                VALUES (%d, %d, '%s', 2023, 2024) RETURNING id""".formatted(issuer.provinceId(), issuer.id(), name));
    }

    long field(Unit province, long campaign, int position, String code, String name) throws SQLException {
        return returning("""
                INSERT INTO campaign_field (province_id, campaign_id, position, code, name)
                VALUES (%d, %d, %d, '%s', '%s') RETURNING id""".formatted(province.provinceId(), campaign, position, code, name));
    }

    long period(
            Unit province,
            long campaign,
            String code,
            String kind,
            LocalDate first,
            LocalDate last,
            LocalDate dueRegistration,
            LocalDate dueResults,
            LocalDate dueIndicators)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO campaign_period (province_id, campaign_id, code, kind, name, first_day, last_day)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, province.provinceId());
            ps.setLong(2, campaign);
            ps.setString(3, code);
            ps.setString(4, kind);
            ps.setString(5, "Kỳ " + code);
            ps.setObject(6, first);
            ps.setObject(7, last);
            id = single(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO campaign_period_due (province_id, period_id, kind, due) VALUES (?, ?, ?, ?)""")) {
            String[] kinds = {"registrations", "results", "indicators"};
            LocalDate[] dues = {dueRegistration, dueResults, dueIndicators};
            for (int k = 0; k < kinds.length; k++) {
                if (dues[k] != null) {
                    ps.setLong(1, province.provinceId());
                    ps.setLong(2, id);
                    ps.setString(3, kinds[k]);
                    ps.setObject(4, dues[k]);
                    ps.executeUpdate();
                }
            }
        }
        return id;
    }

    void target(
            Unit province,
            long campaign,
            int position,
            String metric,
            String unitType,
            String comparison,
            String threshold,
            String name)
            throws SQLException {
        execute("""
                INSERT INTO campaign_target (province_id, campaign_id, position, metric, unit_type, comparison,
                    threshold, name) VALUES (%d, %d, %d, '%s', %s, '%s', %s, '%s')""".formatted(
                        province.provinceId(),
                        campaign,
                        position,
                        metric,
                        unitType == null ? "NULL" : "'" + unitType + "'",
                        comparison,
                        threshold,
                        name));
    }

    void quota(Unit province, long campaign, int position, String periodCode, String body, String type, int count)
            throws SQLException {
        execute("""
                INSERT INTO campaign_quota (province_id, campaign_id, position, review, period_code, awarding_body,
                    registrant_type, count) VALUES (%d, %d, %d, 'Tổng kết', '%s', '%s', '%s', %d)""".formatted(province.provinceId(), campaign, position, periodCode, body, type, count));
    }

    long batch(Unit province, long campaign, String kind, Unit uploader, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO batch (province_id, campaign_id, kind, user_id, unit_id, source, received_at)
                VALUES (?, ?, ?, ?, ?, 'json', ?) RETURNING id""")) {
            ps.setLong(1, province.provinceId());
            ps.setLong(2, campaign);
            ps.setString(3, kind);
            ps.setLong(4, userId);
            ps.setLong(5, uploader.id());
            ps.setTimestamp(6, Timestamp.from(at));
            return single(ps);
        }
    }

    long model(
            long batch,
            long campaign,
            Unit unit,
            long period,
            String code,
            String type,
            String status,
            Long[] fields,
            Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO model (province_id, campaign_id, unit_id, period_id, code, registrant_type,
                    registrant_name, registrant_key, model_name, model_key, field_ids, status, batch_id, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, unit.provinceId());
            ps.setLong(2, campaign);
            ps.setLong(3, unit.id());
            ps.setLong(4, period);
            ps.setString(5, code);
            ps.setString(6, type);
            ps.setString(7, "Người " + code);
            ps.setString(8, "nguoi " + code.toLowerCase());
            ps.setString(9, "Mô hình " + code);
            ps.setString(10, "mo hinh " + code.toLowerCase());
            ps.setArray(11, c.createArrayOf("bigint", fields));
            ps.setString(12, status);
            ps.setLong(13, batch);
            ps.setTimestamp(14, Timestamp.from(at));
            return single(ps);
        }
    }

    /** A re-upload: a new version of the registration from another batch. */
    void reupload(long batch, long model, long period, String status, Long[] fields, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE model SET period_id = ?, status = ?, field_ids = ?, batch_id = ?, received_at = ?,
                    version = version + 1 WHERE id = ?""")) {
            ps.setLong(1, period);
            ps.setString(2, status);
            ps.setArray(3, c.createArrayOf("bigint", fields));
            ps.setLong(4, batch);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setLong(6, model);
            ps.executeUpdate();
        }
    }

    void withdraw(long batch, long model, Instant at) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE model SET withdrawn_at = ?, withdrawn_batch_id = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, batch);
            ps.setLong(3, model);
            ps.executeUpdate();
        }
    }

    /** Inserts the result of a model for a period, or replaces it (a new version) when there is one. */
    void result(
            long batch,
            long model,
            long period,
            int households,
            int people,
            long funds,
            int works,
            String rating,
            int yearsSustained,
            Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO model_result (province_id, model_id, period_id, campaign_id, unit_id, households, people,
                    funds_vnd, works, rating, years_sustained, batch_id, received_at)
                SELECT m.province_id, m.id, ?, m.campaign_id, m.unit_id, ?, ?, ?, ?, ?, ?, ?, ? FROM model m WHERE m.id = ?
                ON CONFLICT (province_id, model_id, period_id) DO UPDATE SET households = excluded.households,
                    people = excluded.people, funds_vnd = excluded.funds_vnd, works = excluded.works,
                    rating = excluded.rating, years_sustained = excluded.years_sustained,
                    batch_id = excluded.batch_id, received_at = excluded.received_at,
                    version = model_result.version + 1""")) {
            ps.setLong(1, period);
            ps.setInt(2, households);
            ps.setInt(3, people);
            ps.setLong(4, funds);
            ps.setInt(5, works);
            ps.setString(6, rating);
            ps.setInt(7, yearsSustained);
            ps.setLong(8, batch);
            ps.setTimestamp(9, Timestamp.from(at));
            ps.setLong(10, model);
            ps.executeUpdate();
        }
    }

    void indicator(
            long batch,
            long campaign,
            Unit unit,
            long period,
            int villages,
            int withModel,
            String satisfaction,
            Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit_indicator (province_id, campaign_id, period_id, unit_id, villages, villages_with_model,
                    satisfaction_pct, batch_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?::numeric, ?, ?)
                ON CONFLICT (province_id, campaign_id, period_id, unit_id) DO UPDATE SET villages = excluded.villages,
                    villages_with_model = excluded.villages_with_model, satisfaction_pct = excluded.satisfaction_pct,
                    batch_id = excluded.batch_id, received_at = excluded.received_at,
                    version = unit_indicator.version + 1""")) {
            ps.setLong(1, unit.provinceId());
            ps.setLong(2, campaign);
            ps.setLong(3, period);
            ps.setLong(4, unit.id());
            ps.setInt(5, villages);
            ps.setInt(6, withModel);
            ps.setString(7, satisfaction);
            ps.setLong(8, batch);
            ps.setTimestamp(9, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    /** Records that a unit sent a form for a period; the first receipt is kept. */
    void submission(long campaign, Unit unit, long period, String kind, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO submission (province_id, campaign_id, period_id, unit_id, kind, first_received_at,
                    last_received_at, late) VALUES (?, ?, ?, ?, ?, ?, ?, false)
                ON CONFLICT (province_id, campaign_id, period_id, kind, unit_id)
                DO UPDATE SET last_received_at = excluded.last_received_at""")) {
            ps.setLong(1, unit.provinceId());
            ps.setLong(2, campaign);
            ps.setLong(3, period);
            ps.setLong(4, unit.id());
            ps.setString(5, kind);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    long number(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return single(ps);
        }
    }

    private long returning(String sql) throws SQLException {
        return number(sql);
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A unit as the tests know it. */
    record Unit(long id, long provinceId, String code, String path, String level, String name) {}
}
