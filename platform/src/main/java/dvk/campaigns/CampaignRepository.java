package dvk.campaigns;

import dvk.access.ScopeSql;
import dvk.campaigns.CampaignDocument.Field;
import dvk.campaigns.CampaignDocument.Period;
import dvk.campaigns.CampaignDocument.Quota;
import dvk.campaigns.CampaignDocument.Target;
import dvk.database.NamedSql;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns and their parts. Reads take the reader's scope ({@code Caller.readScope()}): a campaign is visible to
 * the units of its issuer's subtree (it applies to them) and to the units above the issuer (they oversee it), the
 * campaign form of the scope rule ({@link ScopeSql#seesCampaignOf}).
 */
@Singleton
@Connectable
class CampaignRepository {

    /**
     * A campaign with all its parts in one round trip: fields, periods, targets and quotas come as JSON arrays of
     * text rows (a request reads its campaign first, and five more queries cost more than the rollup itself).
     */
    private static final String SELECT = """
            SELECT c.*, u.code AS issuer_code, u.path::text AS issuer_path,
                   u.valid_from AS issuer_valid_from, u.valid_to AS issuer_valid_to,
                   (SELECT json_agg(json_build_array(f.id::text, f.code, f.name) ORDER BY f.position)
                      FROM campaign_field f WHERE f.province_id = c.province_id AND f.campaign_id = c.id) AS fields,
                   (SELECT json_agg(json_build_array(p.id::text, p.code, p.kind, p.name, p.first_day::text,
                                                     p.last_day::text,
                                                     (SELECT string_agg(d.kind || '=' || d.due::text, ',')
                                                        FROM campaign_period_due d
                                                       WHERE d.province_id = p.province_id
                                                         AND d.period_id = p.id))
                                    ORDER BY p.first_day, p.last_day, p.code)
                      FROM campaign_period p WHERE p.province_id = c.province_id AND p.campaign_id = c.id) AS periods,
                   (SELECT json_agg(json_build_array(t.metric, t.unit_type, t.comparison, t.threshold::text, t.name)
                                    ORDER BY t.position)
                      FROM campaign_target t WHERE t.province_id = c.province_id AND t.campaign_id = c.id) AS targets,
                   (SELECT json_agg(json_build_array(q.review, q.period_code, q.awarding_body, q.registrant_type,
                                                     q.count::text) ORDER BY q.position)
                      FROM campaign_quota q WHERE q.province_id = c.province_id AND q.campaign_id = c.id) AS quotas,
                   ARRAY(SELECT k.predecessor_id FROM campaign_continuation k
                          WHERE k.province_id = c.province_id AND k.campaign_id = c.id ORDER BY k.predecessor_id)
                       AS continues
              FROM campaign c JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id
            """;

    private static final String VISIBLE = " " + ScopeSql.seesCampaignOf("u.path") + " ";
    private static final Argument<List<List<String>>> TEXT_ROWS = Argument.listOf(Argument.listOf(String.class));

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    CampaignRepository(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Campaign> find(long id, String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        values.put(ScopeSql.PARAMETER, scope);
        return visible(SELECT + " WHERE c.id = :id AND" + VISIBLE, values).stream()
                .findFirst();
    }

    List<Campaign> visible(String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put(ScopeSql.PARAMETER, scope);
        return visible(SELECT + " WHERE" + VISIBLE + " ORDER BY c.first_year DESC, c.id", values);
    }

    private List<Campaign> visible(String sql, Map<String, Object> values) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = NamedSql.of(sql).prepare(connection, values)) {
                return campaigns(ps);
            }
        });
    }

    private List<Campaign> campaigns(PreparedStatement ps) throws SQLException {
        List<Campaign> campaigns = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                campaigns.add(campaign(rs));
            }
        }
        return campaigns;
    }

    private Campaign campaign(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        int version = rs.getInt("version");
        CampaignHeader header = CampaignHeader.read(rs);
        List<Campaign.FieldRef> fields = rows(rs, "fields").stream()
                .map(r -> new Campaign.FieldRef(Long.parseLong(r.get(0)), new Field(r.get(1), r.get(2))))
                .toList();
        List<Campaign.PeriodRef> periods = rows(rs, "periods").stream()
                .map(r -> new Campaign.PeriodRef(
                        Long.parseLong(r.get(0)),
                        Period.of(r.get(1), r.get(2), r.get(3), day(r.get(4)), day(r.get(5)), dues(r.get(6)))))
                .toList();
        List<Target> targets = rows(rs, "targets").stream()
                .map(r -> new Target(
                        r.get(0), r.get(1), r.get(2), new BigDecimal(r.get(3)).stripTrailingZeros(), r.get(4)))
                .toList();
        List<Quota> quotas = rows(rs, "quotas").stream()
                .map(r -> new Quota(r.get(0), r.get(1), r.get(2), r.get(3), Integer.parseInt(r.get(4))))
                .toList();
        CampaignDocument document = new CampaignDocument(
                id,
                version,
                header.issuerCode(),
                header.name(),
                header.firstYear(),
                header.lastYear(),
                header.convention(),
                header.document(),
                fields.stream().map(Campaign.FieldRef::field).toList(),
                periods.stream().map(Campaign.PeriodRef::period).toList(),
                targets,
                quotas,
                header.approvalFromAbove());
        return new Campaign(
                id,
                rs.getLong("province_id"),
                rs.getLong("issuer_unit_id"),
                rs.getString("issuer_path"),
                rs.getObject("issuer_valid_from", LocalDate.class),
                rs.getObject("issuer_valid_to", LocalDate.class),
                version,
                document,
                fields,
                periods,
                List.of((Long[]) rs.getArray("continues").getArray()));
    }

    /** Replaces the campaigns this one continues. */
    void replaceContinuation(Campaign campaign, List<Campaign> predecessors) {
        jdbc.prepareStatement("DELETE FROM campaign_continuation WHERE province_id = ? AND campaign_id = ?", ps -> {
            ps.setLong(1, campaign.provinceId());
            ps.setLong(2, campaign.id());
            return ps.executeUpdate();
        });
        for (Campaign predecessor : predecessors) {
            jdbc.prepareStatement("""
                    INSERT INTO campaign_continuation (province_id, campaign_id, predecessor_province_id, predecessor_id)
                    VALUES (?, ?, ?, ?)""", ps -> {
                ps.setLong(1, campaign.provinceId());
                ps.setLong(2, campaign.id());
                ps.setLong(3, predecessor.provinceId());
                ps.setLong(4, predecessor.id());
                return ps.executeUpdate();
            });
        }
    }

    private List<List<String>> rows(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, TEXT_ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** {@code kind=YYYY-MM-DD,…} (campaign_period_due rows) by kind; empty for null. */
    private static Map<String, LocalDate> dues(String text) {
        Map<String, LocalDate> dues = new HashMap<>();
        if (text != null) {
            for (String due : text.split(",")) {
                String[] kindAndDay = due.split("=", 2);
                dues.put(kindAndDay[0], LocalDate.parse(kindAndDay[1]));
            }
        }
        return dues;
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

    long insertHeader(long provinceId, long issuerUnitId, CampaignDocument c) {
        return jdbc.prepareStatement("""
                INSERT INTO campaign (province_id, issuer_unit_id, name, first_year, last_year, period_convention,
                    superior_body, issuing_body, document_symbol, place_name, signer_on_behalf, signer_title,
                    signer_name, recipients, approval_from_above)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
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
                    signer_name = ?, recipients = ?, approval_from_above = ?, version = version + 1,
                    updated_at = now()
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
                ? new CampaignDocument.Document(null, null, null, null, null, null, null, null)
                : c.document();
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
        ps.setBoolean(i++, Boolean.TRUE.equals(c.approvalFromAbove()));
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
                ps.setArray(
                        3,
                        connection.createArrayOf(
                                "text",
                                fields.stream().map(f -> f.code().trim()).toArray()));
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
                    INSERT INTO campaign_period (province_id, campaign_id, code, kind, name, first_day, last_day)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (province_id, campaign_id, code) DO UPDATE SET kind = EXCLUDED.kind,
                        name = EXCLUDED.name, first_day = EXCLUDED.first_day, last_day = EXCLUDED.last_day
                    """)) {
                for (Period p : periods) {
                    ps.setLong(1, provinceId);
                    ps.setLong(2, campaignId);
                    ps.setString(3, p.code().trim());
                    ps.setString(4, p.kind());
                    ps.setString(
                            5,
                            p.name() == null || p.name().isBlank()
                                    ? p.code().trim()
                                    : p.name().trim());
                    ps.setObject(6, p.firstDay());
                    ps.setObject(7, p.lastDay());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    DELETE FROM campaign_period_due d USING campaign_period p
                     WHERE p.province_id = ? AND p.campaign_id = ? AND d.province_id = p.province_id
                       AND d.period_id = p.id
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, campaignId);
                ps.executeUpdate();
            }
            // the dues are rows keyed by form kind (V48)
            try (PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO campaign_period_due (province_id, period_id, kind, due)
                    SELECT p.province_id, p.id, ?, ? FROM campaign_period p
                     WHERE p.province_id = ? AND p.campaign_id = ? AND p.code = ?
                    """)) {
                for (Period p : periods) {
                    for (Map.Entry<String, LocalDate> due : p.dueByKind().entrySet()) {
                        ps.setString(1, due.getKey());
                        ps.setObject(2, due.getValue());
                        ps.setLong(3, provinceId);
                        ps.setLong(4, campaignId);
                        ps.setString(5, p.code().trim());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("""
                    SELECT code FROM campaign_period WHERE province_id = ? AND campaign_id = ? AND NOT (code = ANY (?))
                    """)) {
                ps.setLong(1, provinceId);
                ps.setLong(2, campaignId);
                ps.setArray(
                        3,
                        connection.createArrayOf(
                                "text",
                                periods.stream().map(p -> p.code().trim()).toArray()));
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

    /** The campaign row's own columns. */
    private record CampaignHeader(
            String issuerCode,
            String name,
            int firstYear,
            int lastYear,
            String convention,
            CampaignDocument.Document document,
            boolean approvalFromAbove) {

        static CampaignHeader read(ResultSet rs) throws SQLException {
            Array recipients = rs.getArray("recipients");
            List<String> recipientList =
                    recipients == null ? List.of() : Arrays.asList((String[]) recipients.getArray());
            return new CampaignHeader(
                    rs.getString("issuer_code"),
                    rs.getString("name"),
                    rs.getInt("first_year"),
                    rs.getInt("last_year"),
                    rs.getString("period_convention"),
                    new CampaignDocument.Document(
                            rs.getString("superior_body"),
                            rs.getString("issuing_body"),
                            rs.getString("document_symbol"),
                            rs.getString("place_name"),
                            rs.getString("signer_on_behalf"),
                            rs.getString("signer_title"),
                            rs.getString("signer_name"),
                            recipientList),
                    rs.getBoolean("approval_from_above"));
        }
    }
}
