package dvk.ingest;

import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A model's life (docs/models.md): its state, the years it has been sustained, the registrations of the same model
 * in other campaigns and across the 1/7/2025 lineage, what it replicates and who replicated it, what was merged
 * into it. The years come from V62's {@code model_life_years}, the same derivation the commendation ranking uses;
 * what is listed by name is read within the caller's scope.
 */
public final class ModelLife {

    // provinces of the lineage: a 2025 model of today's Tỉnh Lào Cai copies one of old Lào Cai's
    private static final String PROVINCES = "(SELECT g.province_id FROM unit_lineage(:province, :province) g)";

    // reviewed, recognised and commended over the whole life (the same model in every campaign): commended is an
    // approved commendation decision for any of its rows; replicated by a model the caller reads
    private static final String FACTS = """
            SELECT m.replicates_code, u.level, f.recognised_in, f.years,
                   coalesce(sustained_run(f.years, f.years[cardinality(f.years)]), 0),
                   model_life_state(f.reviewed, f.recognised_in IS NOT NULL, f.commended, f.replicated)
              FROM model m
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
             CROSS JOIN LATERAL (
                   SELECT EXISTS (SELECT 1 FROM model_result r JOIN model_life(:province, :model) l
                                         ON r.province_id = l.province_id AND r.model_id = l.model_id) AS reviewed,
                          (SELECT p.code FROM model_result r
                             JOIN model_life(:province, :model) l
                               ON r.province_id = l.province_id AND r.model_id = l.model_id
                             JOIN campaign_period p ON p.province_id = r.province_id AND p.id = r.period_id
                            WHERE r.rating = 'high' ORDER BY p.last_day, p.code LIMIT 1) AS recognised_in,
                          model_life_years(:province, :model, 'infinity') AS years,
                          EXISTS (SELECT 1 FROM commendation_proposal d JOIN model_life(:province, :model) l
                                         ON d.province_id = l.province_id AND d.model_id = l.model_id
                                   WHERE d.state = 'approved') AS commended,
                          EXISTS (SELECT 1 FROM model o JOIN unit ou ON ou.province_id = o.province_id
                                                                    AND ou.id = o.unit_id
                                   WHERE o.replicates_code = m.code AND o.province_id IN %s AND o.id <> m.id
                                     AND o.withdrawn_at IS NULL AND %s) AS replicated) f
             WHERE m.province_id = :province AND m.id = :model""".formatted(PROVINCES, ScopeSql.reads("ou.path"));

    private static final String REF = """
            SELECT o.code, o.campaign_id, u.code, u.name, o.model_name, rp.code
              FROM %s
              JOIN unit u ON u.province_id = o.province_id AND u.id = o.unit_id
              JOIN campaign_period rp ON rp.province_id = o.province_id AND rp.id = o.period_id
             WHERE %s AND %s
             ORDER BY rp.last_day, o.campaign_id, u.code, o.code""";

    /** The other registrations of the life, in other campaigns or units of the lineage. */
    private static final String LIFE = REF.formatted(
            "model_life(:province, :model) l JOIN model o ON o.province_id = l.province_id AND o.id = l.model_id",
            "o.id <> :model",
            ScopeSql.reads("u.path"));

    private static final String REPLICATES = REF.formatted(
            "model m JOIN model o ON o.code = m.replicates_code AND o.province_id IN " + PROVINCES,
            "m.province_id = :province AND m.id = :model AND o.id <> m.id AND o.withdrawn_at IS NULL",
            ScopeSql.reads("u.path"));

    private static final String REPLICATED_BY = REF.formatted(
            "model m JOIN model o ON o.replicates_code = m.code AND o.province_id IN " + PROVINCES,
            "m.province_id = :province AND m.id = :model AND o.id <> m.id AND o.withdrawn_at IS NULL",
            ScopeSql.reads("u.path"));

    private static final String MERGED_INTO = REF.formatted(
            "model m JOIN model o ON o.province_id = m.province_id AND o.id = m.merged_into_id",
            "m.province_id = :province AND m.id = :model",
            ScopeSql.reads("u.path"));

    private static final String MERGED_FROM = REF.formatted(
            "model o", "o.province_id = :province AND o.merged_into_id = :model", ScopeSql.reads("u.path"));

    private ModelLife() {}

    /** The life of the model {@code :province}/{@code :model} on statements bound with the caller's scope. */
    static Life of(NamedSql.Bound sql) {
        Life facts = sql.one(
                FACTS,
                rs -> new Life(
                        rs.getString(6),
                        rs.getInt(5),
                        List.of((Integer[]) rs.getArray(4).getArray()),
                        rs.getString(3),
                        rs.getString(3) == null ? null : rs.getString(2),
                        List.of(),
                        rs.getString(1),
                        List.of(),
                        List.of(),
                        null,
                        List.of()));
        return new Life(
                facts.state(),
                facts.yearsSustained(),
                facts.years(),
                facts.recognisedIn(),
                facts.recognisedLevel(),
                sql.query(LIFE, ModelLife::ref),
                facts.replicatesCode(),
                sql.query(REPLICATES, ModelLife::ref),
                sql.query(REPLICATED_BY, ModelLife::ref),
                sql.query(MERGED_INTO, ModelLife::ref).stream().findFirst().orElse(null),
                sql.query(MERGED_FROM, ModelLife::ref));
    }

    private static ModelRef ref(ResultSet rs) throws SQLException {
        return new ModelRef(
                rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    /**
     * {@code yearsSustained}: the consecutive years of {@code years} ending with the latest (the life's years with
     * a registration or a result, across campaigns and the 1/7/2025 lineage); {@code recognisedIn} the first period
     * with a result rated high, at the level of the model's unit ({@code recognisedLevel}).
     */
    @Serdeable
    @Schema(name = "ModelLife")
    public record Life(
            String state,
            int yearsSustained,
            List<Integer> years,
            @Nullable String recognisedIn,
            @Nullable String recognisedLevel,
            List<ModelRef> registrations,
            @Nullable String replicatesCode,
            List<ModelRef> replicates,
            List<ModelRef> replicatedBy,

            @Schema(type = "object", nullable = true) @Nullable
            ModelRef mergedInto,

            List<ModelRef> mergedFrom) {}

    /** A model named in a life: its code, campaign, unit, name and the period it was registered for. */
    @Serdeable
    public record ModelRef(
            String code, long campaignId, String unitCode, String unitName, String modelName, String registeredIn) {}
}
