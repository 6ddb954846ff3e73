package dvk.campaigns;

import dvk.campaigns.CampaignDocument.Field;
import dvk.campaigns.CampaignDocument.Period;
import dvk.campaigns.CampaignDocument.Quota;
import dvk.campaigns.CampaignDocument.Target;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns and their parts. Reads take the reader's unit path: a campaign is visible to the units of its
 * issuer's subtree (it applies to them) and to the units above the issuer (they oversee it).
 */
@Singleton
@Connectable
class CampaignRepository {

    private static final String SELECT = """
            SELECT c.*, u.code AS issuer_code, u.path::text AS issuer_path
              FROM campaign c JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id
            """;
    private static final String SELECT_IDS = """
            SELECT c.id FROM campaign c JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id
            """;
    private static final String VISIBLE = " (?::ltree IS NULL OR u.path <@ ?::ltree OR u.path @> ?::ltree) ";

    private final JdbcOperations jdbc;

    CampaignRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Campaign> find(long id, String readerPath) {
        List<Long> ids = jdbc.prepareStatement(SELECT_IDS + " WHERE c.id = ? AND" + VISIBLE, ps -> {
            ps.setLong(1, id);
            bindVisible(ps, 2, readerPath);
            return ids(ps);
        });
        return ids.isEmpty() ? Optional.empty() : Optional.of(load(id));
    }

    List<Campaign> visible(String readerPath) {
        List<Long> ids = jdbc.prepareStatement(SELECT_IDS + " WHERE" + VISIBLE + " ORDER BY c.first_year DESC, c.id", ps -> {
            bindVisible(ps, 1, readerPath);
            return ids(ps);
        });
        return ids.stream().map(this::load).toList();
    }

    private Campaign load(long id) {
        return jdbc.execute(connection -> {
            long provinceId;
            long issuerUnitId;
            String issuerPath;
            int version;
            CampaignHeader header;
            try (PreparedStatement ps = connection.prepareStatement(SELECT + " WHERE c.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    provinceId = rs.getLong("province_id");
                    issuerUnitId = rs.getLong("issuer_unit_id");
                    issuerPath = rs.getString("issuer_path");
                    version = rs.getInt("version");
                    header = CampaignHeader.read(rs);
                }
            }
            List<Campaign.FieldRef> fields = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, code, name FROM campaign_field WHERE province_id = ? AND campaign_id = ? ORDER BY position")) {
                ps.setLong(1, provinceId);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fields.add(new Campaign.FieldRef(rs.getLong(1), new Field(rs.getString(2), rs.getString(3))));
                    }
                }
            }
            List<Campaign.PeriodRef> periods = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT id, code, kind, name, first_day, last_day, due_registration, due_results, due_indicators
                      FROM campaign_period WHERE province_id = ? AND campaign_id = ? ORDER BY first_day, last_day, code
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        periods.add(new Campaign.PeriodRef(rs.getLong(1), new Period(rs.getString(2), rs.getString(3),
                                rs.getString(4), day(rs, 5), day(rs, 6), day(rs, 7), day(rs, 8), day(rs, 9))));
                    }
                }
            }
            List<Target> targets = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT metric, unit_type, comparison, threshold, name FROM campaign_target
                     WHERE province_id = ? AND campaign_id = ? ORDER BY position
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        targets.add(new Target(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5)));
                    }
                }
            }
            List<Quota> quotas = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT review, period_code, awarding_body, registrant_type, count FROM campaign_quota
                     WHERE province_id = ? AND campaign_id = ? ORDER BY position
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        quotas.add(new Quota(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5)));
                    }
                }
            }
            CampaignDocument document = new CampaignDocument(id, version, header.issuerCode(), header.name(),
                    header.firstYear(), header.lastYear(), header.convention(), header.document(),
                    fields.stream().map(Campaign.FieldRef::field).toList(),
                    periods.stream().map(Campaign.PeriodRef::period).toList(), targets, quotas);
            return new Campaign(id, provinceId, issuerUnitId, issuerPath, version, document, fields, periods);
        });
    }

    long insertHeader(long provinceId, long issuerUnitId, CampaignDocument c) {
        return jdbc.prepareStatement("""
                INSERT INTO campaign (province_id, issuer_unit_id, name, first_year, last_year, period_convention,
                    superior_body, issuing_body, document_symbol, place_name, signer_on_behalf, signer_title,
                    signer_name, recipients)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, issuerUnitId);
            bindHeader(ps, 3, c);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Updates the header if the version matches; false when someone else saved first. */
    boolean updateHeader(Campaign current, CampaignDocument c, int expectedVersion) {
        return jdbc.prepareStatement("""
                UPDATE campaign SET name = ?, first_year = ?, last_year = ?, period_convention = ?, superior_body = ?,
                    issuing_body = ?, document_symbol = ?, place_name = ?, signer_on_behalf = ?, signer_title = ?,
                    signer_name = ?, recipients = ?, version = version + 1, updated_at = now()
                 WHERE province_id = ? AND id = ? AND version = ?
                """, ps -> {
            int next = bindHeader(ps, 1, c);
            ps.setLong(next++, current.provinceId());
            ps.setLong(next++, current.id());
            ps.setInt(next, expectedVersion);
            return ps.executeUpdate() == 1;
        });
    }

    private static int bindHeader(PreparedStatement ps, int i, CampaignDocument c) throws SQLException {
        CampaignDocument.Document d = c.document() == null
                ? new CampaignDocument.Document(null, null, null, null, null, null, null, null) : c.document();
        ps.setString(i++, c.name().trim());
        ps.setInt(i++, c.firstYear());
        ps.setInt(i++, c.lastYear());
        ps.setString(i++, c.periodConvention() == null ? PeriodGenerator.DECREE_09 : c.periodConvention());
        ps.setString(i++, d.superiorBody());
        ps.setString(i++, d.issuingBody());
        ps.setString(i++, d.documentSymbol());
        ps.setString(i++, d.placeName());
        ps.setString(i++, d.signerOnBehalf());
        ps.setString(i++, d.signerTitle());
        ps.setString(i++, d.signerName());
        Connection connection = ps.getConnection();
        List<String> recipients = d.recipients() == null ? List.of() : d.recipients();
        ps.setArray(i++, connection.createArrayOf("text", recipients.toArray()));
        return i;
    }

    /** Inserts or renames fields by code, in the given order; returns the ids of fields no longer listed. */
    List<Long> upsertFields(long provinceId, long campaignId, List<Field> fields) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO campaign_field (province_id, campaign_id, position, code, name) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (province_id, campaign_id, code) DO UPDATE SET position = EXCLUDED.position,
                        name = EXCLUDED.name
                    """)) {
                for (int i = 0; i < fields.size(); i++) {
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.setInt(3, i + 1);
                    ps.setString(4, fields.get(i).code().trim());
                    ps.setString(5, fields.get(i).name().trim());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT id FROM campaign_field WHERE province_id = ? AND campaign_id = ? AND NOT (code = ANY (?))
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, campaignId);
                ps.setArray(3, connection.createArrayOf("text", fields.stream().map(f -> f.code().trim()).toArray()));
                return ids(ps);
            }
        });
    }

    /** How many registrations (withdrawn ones too: their history is kept) use the field. */
    int modelsUsingField(long provinceId, long fieldId) {
        return jdbc.prepareStatement("SELECT count(*) FROM model WHERE province_id = ? AND ? = ANY (field_ids)", ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, fieldId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    void deleteField(long provinceId, long fieldId) {
        jdbc.prepareStatement("DELETE FROM campaign_field WHERE province_id = ? AND id = ?", ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, fieldId);
            return ps.executeUpdate();
        });
    }

    /** Inserts or moves periods by code; returns the codes of periods no longer listed. */
    List<String> upsertPeriods(long provinceId, long campaignId, List<Period> periods) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO campaign_period (province_id, campaign_id, code, kind, name, first_day, last_day,
                        due_registration, due_results, due_indicators) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (province_id, campaign_id, code) DO UPDATE SET kind = EXCLUDED.kind,
                        name = EXCLUDED.name, first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day,
                        due_registration = EXCLUDED.due_registration, due_results = EXCLUDED.due_results,
                        due_indicators = EXCLUDED.due_indicators
                    """)) {
                for (Period p : periods) {
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.setString(3, p.code().trim());
                    ps.setString(4, p.kind());
                    ps.setString(5, p.name() == null || p.name().isBlank() ? p.code().trim() : p.name().trim());
                    ps.setObject(6, p.firstDay());
                    ps.setObject(7, p.lastDay());
                    ps.setObject(8, p.dueRegistration());
                    ps.setObject(9, p.dueResults());
                    ps.setObject(10, p.dueIndicators());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT code FROM campaign_period WHERE province_id = ? AND campaign_id = ? AND NOT (code = ANY (?))
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, campaignId);
                ps.setArray(3, connection.createArrayOf("text", periods.stream().map(p -> p.code().trim()).toArray()));
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
                return codes;
            }
        });
    }

    /** Deletes an unused period; false when submissions refer to it (the foreign keys decide). */
    boolean deletePeriodIfUnused(long provinceId, long campaignId, String code) {
        return jdbc.prepareStatement("""
                DELETE FROM campaign_period p WHERE p.province_id = ? AND p.campaign_id = ? AND p.code = ?
                   AND NOT EXISTS (SELECT 1 FROM model m WHERE m.province_id = p.province_id AND m.period_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM model_result r WHERE r.province_id = p.province_id AND r.period_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM unit_indicator i WHERE i.province_id = p.province_id AND i.period_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM batch b WHERE b.province_id = p.province_id AND b.period_id = p.id)
                """, ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, campaignId);
            ps.setString(3, code);
            return ps.executeUpdate() == 1;
        });
    }

    void replaceTargetsAndQuotas(long provinceId, long campaignId, List<Target> targets, List<Quota> quotas) {
        jdbc.execute(connection -> {
            for (String table : List.of("campaign_target", "campaign_quota")) {
                try (PreparedStatement ps = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE province_id = ? AND campaign_id = ?")) {
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO campaign_target (province_id, campaign_id, position, metric, unit_type, comparison,
                        threshold, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (int i = 0; i < targets.size(); i++) {
                    Target t = targets.get(i);
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.setInt(3, i + 1);
                    ps.setString(4, t.metric());
                    ps.setString(5, t.unitType());
                    ps.setString(6, t.comparison());
                    ps.setBigDecimal(7, t.threshold());
                    ps.setString(8, t.name().trim());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO campaign_quota (province_id, campaign_id, position, review, period_code, awarding_body,
                        registrant_type, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (int i = 0; i < quotas.size(); i++) {
                    Quota q = quotas.get(i);
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.setInt(3, i + 1);
                    ps.setString(4, q.review().trim());
                    ps.setString(5, q.periodCode());
                    ps.setString(6, q.awardingBody().trim());
                    ps.setString(7, q.registrantType());
                    ps.setInt(8, q.count());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void bindVisible(PreparedStatement ps, int i, String readerPath) throws SQLException {
        ps.setString(i, readerPath);
        ps.setString(i + 1, readerPath);
        ps.setString(i + 2, readerPath);
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** The campaign row's own columns. */
    private record CampaignHeader(String issuerCode, String name, int firstYear, int lastYear, String convention,
                                  CampaignDocument.Document document) {

        static CampaignHeader read(ResultSet rs) throws SQLException {
            Array recipients = rs.getArray("recipients");
            List<String> recipientList = recipients == null ? List.of()
                    : Arrays.asList((String[]) recipients.getArray());
            return new CampaignHeader(rs.getString("issuer_code"), rs.getString("name"), rs.getInt("first_year"),
                    rs.getInt("last_year"), rs.getString("period_convention"),
                    new CampaignDocument.Document(rs.getString("superior_body"), rs.getString("issuing_body"),
                            rs.getString("document_symbol"), rs.getString("place_name"),
                            rs.getString("signer_on_behalf"), rs.getString("signer_title"),
                            rs.getString("signer_name"), recipientList));
        }
    }
}
