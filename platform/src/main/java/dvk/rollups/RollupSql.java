package dvk.rollups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The read statements; each starts from the slices of {@code slices.sql}. */
final class RollupSql {

    private static final String SLICES = text("slices.sql");
    private static final String APPROVED = text("approved.sql");

    /**
     * The rows of {@code table} (as t) that make up a total and its children: the rows of the total slices' areas
     * (total = 1, with {@code totalColumns}), and per child (total = 0, with {@code childColumns}) a child's own
     * row when the area is the unit itself, or, for a unit above the campaign's issuer and for the national
     * root, the area's row under the child that contains it; a re-based rollup groups its child slices by the
     * child each names instead. A few primary-key lookups, whatever the subtree.
     */
    private static String parts(String table, String totalColumns, String childColumns, String childCondition) {
        return """
                , parts AS (
                    SELECT 1 AS total, NULL::bigint AS child_id, %2$s
                      FROM s JOIN %1$s t ON t.province_id = s.province_id AND t.campaign_id = s.campaign_id
                                         AND t.period_id = s.period_id AND t.unit_id = s.area_id
                    UNION ALL
                    SELECT 0, ltree2text(subpath(s.area, :depth, 1))::bigint, %3$s
                      FROM s JOIN %1$s t ON t.province_id = s.province_id AND t.campaign_id = s.campaign_id
                                         AND t.period_id = s.period_id AND t.unit_id = s.area_id
                     WHERE NOT :rebased AND nlevel(s.area) > :depth
                    UNION ALL
                    SELECT 0, t.unit_id, %3$s
                      FROM s JOIN %1$s t ON t.province_id = s.province_id AND t.campaign_id = s.campaign_id
                                         AND t.period_id = s.period_id AND t.parent_id = s.area_id
                     WHERE NOT :rebased AND nlevel(s.area) = :depth%4$s
                    UNION ALL
                    SELECT 0, sl.child_id, %3$s
                      FROM sl JOIN %1$s t ON t.province_id = sl.province_id AND t.campaign_id = sl.campaign_id
                                          AND t.period_id = sl.period_id AND t.unit_id = sl.area_id
                     WHERE NOT sl.total
                )
                """.formatted(table, totalColumns, childColumns, childCondition);
    }

    /** The total and one group per child of {@link #parts}, with the figure sums {@code sums} (FigureSql). */
    static NamedSql figures(String sums) {
        return NamedSql.of(SLICES
                + parts("rollup_tree", "t.*", "t.*", " AND t.in_force")
                + "SELECT total, child_id, " + sums + ", max(newest_at) AS newest_at FROM parts"
                + " GROUP BY total, child_id");
    }

    /**
     * {@link #figures} counting "approved only" ({@code approved.sql}): each row of the parts is rebuilt as
     * {@code approved_tree} with {@code columns} (a figure of a form kind summed over the covering rows
     * {@code gatedSums} keeps, a figure of the unit tree itself as it is).
     */
    static NamedSql approvedFigures(String columns, String gatedSums, String sums) {
        return NamedSql.of(SLICES + APPROVED + """
                , gated AS (
                    SELECT c.province_id, c.campaign_id, c.period_id, c.wanted_id, %2$s
                      FROM covering c
                      JOIN rollup_tree x ON x.province_id = c.province_id AND x.campaign_id = c.campaign_id
                                        AND x.period_id = c.period_id AND x.unit_id = c.unit_id
                     GROUP BY c.province_id, c.campaign_id, c.period_id, c.wanted_id
                ), approved_tree AS (
                    SELECT t.province_id, t.campaign_id, t.period_id, t.unit_id, t.parent_id, t.in_force,
                           t.newest_at, %1$s
                      FROM wanted t
                      LEFT JOIN gated g ON g.province_id = t.province_id AND g.campaign_id = t.campaign_id
                                       AND g.period_id = t.period_id AND g.wanted_id = t.unit_id
                )
                """.formatted(columns, gatedSums)
                + parts("approved_tree", "t.*", "t.*", " AND t.in_force")
                + "SELECT total, child_id, " + sums + ", max(newest_at) AS newest_at FROM parts"
                + " GROUP BY total, child_id");
    }

    /** {@link #FIELDS} counting "approved only": the models of the rows whose registrations are approved. */
    static final NamedSql APPROVED_FIELDS = NamedSql.of(SLICES + APPROVED + """
            , approved_field AS (
                SELECT t.province_id, t.campaign_id, t.period_id, t.unit_id, t.parent_id, f.field_id,
                       sum(f.models) AS models
                  FROM wanted t
                  JOIN covering c ON c.province_id = t.province_id AND c.campaign_id = t.campaign_id
                                 AND c.period_id = t.period_id AND c.wanted_id = t.unit_id
                                 AND c.kind = 'registrations'
                  JOIN rollup_tree_field f ON f.province_id = c.province_id AND f.campaign_id = c.campaign_id
                                          AND f.period_id = c.period_id AND f.unit_id = c.unit_id
                 GROUP BY t.province_id, t.campaign_id, t.period_id, t.unit_id, t.parent_id, f.field_id
            )
            """
            + parts("approved_field", "t.field_id, t.models", "t.field_id, t.models", "")
            + "SELECT total, child_id, field_id, sum(models) AS models FROM parts GROUP BY total, child_id, field_id");

    /** The reports of the rollup's subtree by state ({@code report-states.sql}). */
    static final NamedSql REPORT_STATES = NamedSql.of(SLICES + text("report-states.sql"));

    /** Models by field, grouped like {@link #figures}. */
    static final NamedSql FIELDS = NamedSql.of(SLICES
            + parts("rollup_tree_field", "t.field_id, t.models", "t.field_id, t.models", "")
            + "SELECT total, child_id, field_id, sum(models) AS models FROM parts GROUP BY total, child_id, field_id");

    /**
     * The child units in force during the period that lie in, or contain, a slice's area: the provinces of the
     * national root, else the unit's children (by primary key or by the parent index, never a scan).
     */
    static final NamedSql CHILDREN = NamedSql.of(SLICES + """
            , child AS (
                SELECT u.* FROM s JOIN unit u ON u.province_id = s.province_id AND u.id = s.province_id
                 WHERE :depth = 0
                UNION
                SELECT u.* FROM s JOIN unit u ON u.province_id = s.province_id AND u.parent_id = :parent
                 WHERE :depth > 0
            )
            SELECT DISTINCT u.id, u.code, u.name, u.level, u.type
              FROM child u
              JOIN s ON u.province_id = s.province_id
             WHERE (u.path <@ s.area OR s.area <@ u.path)
               AND u.valid_from <= s.last_day AND (u.valid_to IS NULL OR u.valid_to >= s.first_day)
             ORDER BY u.code
            """);

    /** Per form due in the period: the total's counts and the earliest due day of its slices. */
    static final NamedSql FORMS = NamedSql.of(SLICES + """
            SELECT f.kind, min(d.due) AS due, sum(f.expected) AS expected, sum(f.on_time) AS on_time,
                   sum(f.late) AS late
              FROM s
              JOIN rollup_tree_form f ON f.province_id = s.province_id AND f.campaign_id = s.campaign_id
                                     AND f.period_id = s.period_id AND f.unit_id = s.area_id
              JOIN campaign_period_due d ON d.province_id = f.province_id AND d.period_id = f.period_id
                                        AND d.kind = f.kind
             GROUP BY f.kind
            """);

    /** The expected communes late with (a first receipt) or missing a form due in the period, in code order. */
    static final NamedSql BEHIND = NamedSql.of(SLICES + """
            SELECT f.kind, u.code, u.name, f.first_at
              FROM s
              JOIN rollup_tree_form f ON f.province_id = s.province_id AND f.campaign_id = s.campaign_id
                                     AND f.period_id = s.period_id AND f.behind AND f.path <@ s.area
              JOIN unit u ON u.province_id = f.province_id AND u.id = f.unit_id
             ORDER BY u.code
            """);

    /**
     * The commendation rankings of both registrant types: the first candidates of each slice and type in index
     * order (rollup_candidate_rank), then the best of those per type, with the names and reach of the chosen.
     */
    static final NamedSql CANDIDATES = NamedSql.of(SLICES + """
            , wanted AS (
                SELECT * FROM (VALUES ('collective', :collectiveLimit), ('individual', :individualLimit))
                           AS w(registrant_type, n)
            ), ranked AS (
                SELECT w.registrant_type, w.n, c.* FROM s CROSS JOIN wanted w CROSS JOIN LATERAL (
                    SELECT c.province_id, c.period_id, c.model_id, c.sustained, c.years_sustained, c.households,
                           c.funds_vnd
                      FROM rollup_candidate c
                     WHERE c.province_id = s.province_id AND c.campaign_id = s.campaign_id
                       AND c.period_id = s.period_id AND c.registrant_type = w.registrant_type
                       AND c.path <@ s.area
                     ORDER BY c.sustained DESC, c.years_sustained DESC, c.households DESC, c.funds_vnd DESC,
                              c.model_id
                     LIMIT w.n) c
            ), best AS (
                SELECT k.*, row_number() OVER (PARTITION BY k.registrant_type ORDER BY k.sustained DESC,
                           k.years_sustained DESC, k.households DESC, k.funds_vnd DESC, k.model_id) AS rank
                  FROM ranked k
            )
            SELECT k.registrant_type, k.rank, r.model_id, k.years_sustained, r.proposed_level, r.households,
                   r.people, r.funds_vnd, r.works, m.code AS model_code, m.model_name, m.registrant_name,
                   u.code AS unit_code, u.name AS unit_name
              FROM best k
              JOIN model_result r ON r.province_id = k.province_id AND r.model_id = k.model_id
                                 AND r.period_id = k.period_id
              JOIN model m ON m.province_id = k.province_id AND m.id = k.model_id
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
             WHERE k.rank <= k.n
             ORDER BY k.registrant_type, k.rank
            """);

    /** Per unit type: the fewest models any unit of the type in force has in its subtree, and how many units. */
    static final NamedSql MODELS_PER_UNIT = NamedSql.of(SLICES + """
            SELECT t.unit_type, min(t.models) AS fewest, count(*) AS units
              FROM s
              JOIN rollup_tree t ON t.province_id = s.province_id AND t.campaign_id = s.campaign_id
                                AND t.period_id = s.period_id AND t.path <@ s.area
             WHERE t.in_force
             GROUP BY t.unit_type
            """);

    /** The models behind the figures, filtered, in unit and model code order. */
    static final NamedSql MODELS = NamedSql.of(SLICES + """
            SELECT m.code, m.model_name, m.registrant_type, m.registrant_name, u.code AS unit_code,
                   u.name AS unit_name, m.field_ids, m.status, rp.code AS registered_in, m.received_at, r.rating,
                   r.households, r.people, r.funds_vnd, r.works,
                   CASE WHEN r.model_id IS NOT NULL
                        THEN model_years_sustained(m.province_id, m.id, s.last_day) END AS years_sustained,
                   r.proposed_level,
                   count(*) OVER () AS total
              FROM s
              JOIN model m ON m.province_id = s.province_id AND m.campaign_id = s.campaign_id
              JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
              LEFT JOIN model_result r ON r.province_id = m.province_id AND r.model_id = m.id
                                      AND r.period_id = s.period_id
             WHERE m.withdrawn_at IS NULL AND rp.first_day <= s.last_day AND u.path <@ s.area
               AND (NOT :byWithin OR u.path <@ :within::ltree[])
               AND (NOT :byField OR m.field_ids && :fieldIds::bigint[])
               AND (NOT :byType OR m.registrant_type = :type)
               AND (NOT :byStatus OR m.status = :status)
               AND (NOT :byRating OR r.rating = :rating OR (:rating = 'none' AND r.model_id IS NULL))
             ORDER BY u.code, m.code
             LIMIT :limit OFFSET :offset
            """);

    private RollupSql() {}

    private static String text(String name) {
        try (InputStream in = RollupSql.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
