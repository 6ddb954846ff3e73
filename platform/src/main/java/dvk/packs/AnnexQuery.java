package dvk.packs;

import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.ModelStatus;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annex of a pack: every registration of the unit's subtree that counts for the period (not withdrawn,
 * registered for a period starting by the cut-off — the rollups' rule), grouped by unit in the Mẫu M2 layout.
 */
@Singleton
@Connectable
public class AnnexQuery {

    /** One unit's lines with its path, so a freeze's annex can be cut to a unit's subtree later. */
    public record Placed(String unitPath, AnnexUnit unit) {}

    private static final String SQL = """
            SELECT u.code AS unit_code, u.name AS unit_name, u.path::text AS unit_path, m.registrant_type, m.registrant_name, m.model_name,
                   ARRAY(SELECT f.code FROM campaign_field f
                          WHERE f.province_id = m.province_id AND f.id = ANY (m.field_ids) ORDER BY f.position) AS fields,
                   m.implementation_form, m.time_frame, m.expected_result, m.status, m.note
              FROM model m
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
              JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
              JOIN campaign_period p ON p.province_id = m.province_id AND p.id = ?
             WHERE m.province_id = ? AND m.campaign_id = ? AND m.withdrawn_at IS NULL
               AND u.path <@ ?::ltree AND rp.first_day <= p.last_day
             ORDER BY u.path, m.registrant_type, m.id
            """;

    private final JdbcOperations jdbc;

    AnnexQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AnnexUnit> registrations(long provinceId, long campaignId, long periodId, String unitPath) {
        return placed(provinceId, campaignId, periodId, unitPath).stream()
                .map(Placed::unit)
                .toList();
    }

    /** {@link #registrations} with each unit's path. */
    public List<Placed> placed(long provinceId, long campaignId, long periodId, String unitPath) {
        return jdbc.prepareStatement(SQL, ps -> {
            ps.setLong(1, periodId);
            ps.setLong(2, provinceId);
            ps.setLong(3, campaignId);
            ps.setString(4, unitPath);
            Map<String, List<Registration>> byUnit = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> paths = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString("unit_code");
                    names.putIfAbsent(code, rs.getString("unit_name"));
                    paths.putIfAbsent(code, rs.getString("unit_path"));
                    Array fields = rs.getArray("fields");
                    byUnit.computeIfAbsent(code, c -> new ArrayList<>())
                            .add(new Registration(
                                    rs.getString("registrant_name"),
                                    "collective".equals(rs.getString("registrant_type"))
                                            ? RegistrantType.COLLECTIVE
                                            : RegistrantType.INDIVIDUAL,
                                    rs.getString("model_name"),
                                    Arrays.asList((String[]) fields.getArray()),
                                    rs.getString("implementation_form"),
                                    rs.getString("time_frame"),
                                    rs.getString("expected_result"),
                                    status(rs.getString("status")),
                                    rs.getString("note")));
                }
            }
            List<Placed> units = new ArrayList<>();
            byUnit.forEach(
                    (code, rows) -> units.add(new Placed(paths.get(code), new AnnexUnit(code, names.get(code), rows))));
            return units;
        });
    }

    private static ModelStatus status(String value) {
        return switch (value) {
            case "continued" -> ModelStatus.CONTINUED;
            case "replicated" -> ModelStatus.REPLICATED;
            default -> ModelStatus.NEW;
        };
    }
}
