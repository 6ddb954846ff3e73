package dvk.rollups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The read statements; each starts from the slices of {@code slices.sql}. */
final class RollupSql {

    private static final String SLICES = text("slices.sql");

    /** A row's child: the path label at the scope's depth, null for the unit's own rows. */
    private static final String CHILD = "CASE WHEN nlevel(%1$s.path) > :depth"
            + " THEN ltree2text(subpath(%1$s.path, :depth, 1))::bigint END";

    /** Figures by child and in total (grouping = 1). */
    static final NamedSql FIGURES = NamedSql.of(SLICES + """
            SELECT GROUPING(child_id) AS total, child_id,
                   sum(models) AS models, sum(collective) AS collective, sum(individual) AS individual,
                   sum(status_new) AS status_new, sum(status_continued) AS status_continued,
                   sum(status_replicated) AS status_replicated, sum(reviewed) AS reviewed,
                   sum(rating_high) AS rating_high, sum(rating_good) AS rating_good,
                   sum(rating_average) AS rating_average, sum(rating_poor) AS rating_poor,
                   sum(households) AS households, sum(people) AS people, sum(funds_vnd) AS funds_vnd,
                   sum(works) AS works, sum(villages) AS villages, sum(villages_with_model) AS villages_with_model,
                   sum(satisfaction_sum) AS satisfaction_sum, sum(satisfaction_units) AS satisfaction_units,
                   sum(party_members_1plus10) AS party_members_1plus10, sum(households_1plus10) AS households_1plus10,
                   sum(high_collective) AS high_collective, sum(high_individual) AS high_individual,
                   sum(sustained_collective) AS sustained_collective, sum(sustained_individual) AS sustained_individual,
                   count(DISTINCT commune_id) FILTER (WHERE models > 0) AS communes_with_model,
                   count(*) FILTER (WHERE unit_level = 'agency' AND rating_high > 0) AS agencies_with_high_model,
                   max(newest_at) AS newest_at
              FROM (SELECT %s AS child_id, r.*
                      FROM rollup_unit r
                      JOIN s ON r.period_id = s.period_id AND r.province_id = s.province_id AND r.path <@ s.area) x
             GROUP BY GROUPING SETS ((child_id), ())
            """.formatted(CHILD.formatted("r")));

    static final NamedSql FIELDS = NamedSql.of(SLICES + """
            SELECT GROUPING(child_id) AS total, child_id, field_id, sum(models) AS models
              FROM (SELECT %s AS child_id, f.field_id, f.models
                      FROM rollup_unit_field f
                      JOIN s ON f.period_id = s.period_id AND f.province_id = s.province_id AND f.path <@ s.area) x
             GROUP BY GROUPING SETS ((child_id, field_id), (field_id))
            """.formatted(CHILD.formatted("f")));

    /** Communes and agencies in force at some day of the period: the denominators of coverage. */
    static final NamedSql UNIT_COUNTS = NamedSql.of(SLICES + """
            SELECT GROUPING(child_id) AS total, child_id,
                   count(*) FILTER (WHERE level = 'commune') AS communes,
                   count(*) FILTER (WHERE level = 'agency') AS agencies
              FROM (SELECT %s AS child_id, u.level
                      FROM unit u
                      JOIN s ON u.province_id = s.province_id AND u.path <@ s.area
                     WHERE u.level IN ('commune', 'agency')
                       AND u.valid_from <= s.last_day AND (u.valid_to IS NULL OR u.valid_to >= s.first_day)) x
             GROUP BY GROUPING SETS ((child_id), ())
            """.formatted(CHILD.formatted("u")));

    static final NamedSql CHILDREN = NamedSql.of(SLICES + """
            SELECT DISTINCT u.id, u.code, u.name, u.level, u.type
              FROM unit u
              JOIN s ON u.province_id = s.province_id
             WHERE CASE WHEN :depth = 0 THEN u.id = s.province_id ELSE u.parent_id = :parent END
               AND (u.path <@ s.area OR s.area <@ u.path)
               AND u.valid_from <= s.last_day AND (u.valid_to IS NULL OR u.valid_to >= s.first_day)
             ORDER BY u.code
            """);

    /**
     * Per form due in the period: counts by status, and the late and missing communes. Expected communes and
     * the receipts of their subtrees meet in one GROUP BY rather than a join, whose size the planner cannot
     * estimate from the slices.
     */
    static final NamedSql SUBMISSIONS = NamedSql.of(SLICES + """
            , per_commune AS (
                SELECT commune_id, max(code) AS code, max(name) AS name, max(due_registration) AS due_registration,
                       max(due_results) AS due_results, max(due_indicators) AS due_indicators,
                       min(registrations_at) AS registrations_at, min(results_at) AS results_at,
                       min(indicators_at) AS indicators_at
                  FROM (SELECT u.id AS commune_id, u.code, u.name, s.due_registration, s.due_results,
                               s.due_indicators, NULL::timestamptz AS registrations_at,
                               NULL::timestamptz AS results_at, NULL::timestamptz AS indicators_at
                          FROM unit u
                          JOIN s ON u.province_id = s.province_id AND u.path <@ s.area
                         WHERE u.level = 'commune'
                           AND u.valid_from <= s.last_day AND (u.valid_to IS NULL OR u.valid_to >= s.first_day)
                        UNION ALL
                        SELECT r.commune_id, NULL, NULL, NULL, NULL, NULL, r.registrations_at, r.results_at,
                               r.indicators_at
                          FROM rollup_unit r
                          JOIN s ON r.period_id = s.period_id AND r.province_id = s.province_id AND r.path <@ s.area
                         WHERE r.commune_id IS NOT NULL) x
                 GROUP BY commune_id
                HAVING max(code) IS NOT NULL
            ), status AS (
                SELECT f.position, f.kind, f.due, e.code, e.name, f.received_at,
                       CASE WHEN f.received_at IS NULL THEN 'missing'
                            WHEN f.received_at < ((f.due + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') THEN 'on-time'
                            ELSE 'late' END AS status
                  FROM per_commune e
                 CROSS JOIN LATERAL (VALUES (1, 'registrations', e.due_registration, e.registrations_at),
                                            (2, 'results', e.due_results, e.results_at),
                                            (3, 'indicators', e.due_indicators, e.indicators_at))
                       AS f(position, kind, due, received_at)
                 WHERE f.due IS NOT NULL
            )
            SELECT position, kind, min(due) AS due, status, count(*) AS units,
                   array_agg(code ORDER BY code) FILTER (WHERE status <> 'on-time') AS codes,
                   array_agg(name ORDER BY code) FILTER (WHERE status <> 'on-time') AS names,
                   array_agg(received_at ORDER BY code) FILTER (WHERE status <> 'on-time') AS received
              FROM status
             GROUP BY position, kind, status
             ORDER BY position
            """);

    /**
     * The commendation ranking. Results are read in the order of the partial index model_result_candidates and
     * each is checked through LATERAL lookups (OFFSET 0 keeps them from being flattened into a join), so the
     * LIMIT stops after the first candidates instead of sorting every high result of the period.
     */
    static final NamedSql CANDIDATES = NamedSql.of(SLICES + """
            SELECT c.* FROM s CROSS JOIN LATERAL (
                SELECT r.model_id, r.years_sustained, r.proposed_level, r.households, r.people, r.funds_vnd, r.works,
                       m.code AS model_code, m.model_name, m.registrant_name, u.code AS unit_code, u.name AS unit_name
                  FROM model_result r
                 CROSS JOIN LATERAL (
                       SELECT m.code, m.model_name, m.registrant_name FROM model m
                         JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
                        WHERE m.province_id = r.province_id AND m.id = r.model_id AND m.registrant_type = :type
                          AND m.withdrawn_at IS NULL AND rp.first_day <= s.last_day
                       OFFSET 0) m
                 CROSS JOIN LATERAL (
                       SELECT u.code, u.name FROM unit u
                        WHERE u.province_id = r.province_id AND u.id = r.unit_id AND u.path <@ s.area
                       OFFSET 0) u
                 WHERE r.period_id = s.period_id AND r.rating = 'high'
                 ORDER BY (r.years_sustained >= 2) DESC, r.years_sustained DESC, r.households DESC,
                          r.funds_vnd DESC, r.model_id
                 LIMIT :limit) c
             ORDER BY (c.years_sustained >= 2) DESC, c.years_sustained DESC, c.households DESC, c.funds_vnd DESC,
                      c.model_id
             LIMIT :limit
            """);

    /** The fewest models any unit of a type has in its subtree (0 when one has none), and how many units. */
    static final NamedSql MODELS_PER_UNIT = NamedSql.of(SLICES + """
            SELECT coalesce(min(n), 0) AS fewest, count(*) AS units FROM (
                SELECT coalesce((SELECT sum(r.models) FROM rollup_unit r
                                  WHERE r.period_id = s.period_id AND r.province_id = s.province_id
                                    AND r.path <@ t.path), 0) AS n
                  FROM unit t
                  JOIN s ON t.province_id = s.province_id AND t.path <@ s.area
                 WHERE t.type = :type
                   AND t.valid_from <= s.last_day AND (t.valid_to IS NULL OR t.valid_to >= s.first_day)) x
            """);

    /** The models behind the figures, filtered, in unit and model code order. */
    static final NamedSql MODELS = NamedSql.of(SLICES + """
            SELECT m.code, m.model_name, m.registrant_type, m.registrant_name, u.code AS unit_code,
                   u.name AS unit_name, m.field_ids, m.status, rp.code AS registered_in, m.received_at, r.rating,
                   r.households, r.people, r.funds_vnd, r.works, r.years_sustained, r.proposed_level,
                   count(*) OVER () AS total
              FROM s
              JOIN model m ON m.province_id = s.province_id AND m.campaign_id = s.campaign_id
              JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
              LEFT JOIN model_result r ON r.province_id = m.province_id AND r.model_id = m.id
                                      AND r.period_id = s.period_id
             WHERE m.withdrawn_at IS NULL AND rp.first_day <= s.last_day AND u.path <@ s.area
               AND (NOT :byWithin OR u.path <@ :within::ltree)
               AND (NOT :byField OR m.field_ids && :fieldIds::bigint[])
               AND (NOT :byType OR m.registrant_type = :type)
               AND (NOT :byStatus OR m.status = :status)
               AND (NOT :byRating OR r.rating = :rating OR (:rating = 'none' AND r.model_id IS NULL))
             ORDER BY u.code, m.code
             LIMIT :limit OFFSET :offset
            """);

    private RollupSql() {
    }

    private static String text(String name) {
        try (InputStream in = RollupSql.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
