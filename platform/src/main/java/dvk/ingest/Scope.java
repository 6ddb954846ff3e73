package dvk.ingest;

import dvk.access.ScopeSql;

/** SQL conditions shared by the forms: where a row's unit may be, for this campaign and this uploader. */
final class Scope {

    /**
     * A unit the batch may write: in the campaign's subtree, in force on the period's last day, and inside the
     * uploader's write scope ({@code Caller.writes} as a set-based condition: role at least submitter, and the
     * scope rule of {@link ScopeSql}).
     */
    static final String WRITABLE = """
            (%1$s.path <@ CAST(:campaign_path AS ltree) AND :writer AND\s""" + ScopeSql.reads("%1$s.path") + ")";

    static final String UNIT_OF_ROW = """
            u.province_id = :province AND u.code = s.unit_code
            AND u.valid_from <= :day AND (u.valid_to IS NULL OR u.valid_to >= :day)
            AND """ + WRITABLE.formatted("u");

    /**
     * Unknown and out-of-scope codes get the same error; only a code the uploader could see anyway, but which
     * is not in force on the period's last day (a merged or not yet created commune), is told apart.
     */
    static final String UNIT_ERRORS = """
            INSERT INTO ingest_error (row_number, code, col, value, other)
            SELECT r.row_number,
                   CASE WHEN EXISTS (SELECT 1 FROM unit o WHERE o.province_id = :province AND o.code = r.unit_code
                                        AND %s)
                        THEN 'unit-not-in-force' ELSE 'unit-not-found' END,
                   'unit', r.unit_code, NULL
              FROM ingest_resolved r
             WHERE r.unit_id IS NULL AND r.unit_code IS NOT NULL
            """.formatted(WRITABLE.formatted("o"));

    /**
     * The model a row's code names, among the models the uploader may write only: a code is unique per unit
     * (V45), so a code used in a unit the uploader cannot see neither matches nor collides, and answers exactly
     * like a code nobody uses. The model of the row's own unit wins (pass its id, or NULL when the row names
     * none); otherwise the code must name one model of the scope, or the row is {@code ambiguous}.
     */
    static String modelByCode(String rowUnitId) {
        return """
                SELECT CASE WHEN bool_or(m.unit_id = %1$s) THEN min(m.id) FILTER (WHERE m.unit_id = %1$s)
                            WHEN count(*) = 1 THEN min(m.id) END AS id,
                       count(*) > 1 AND NOT coalesce(bool_or(m.unit_id = %1$s), false) AS ambiguous
                  FROM model m
                  JOIN unit mu ON mu.province_id = m.province_id AND mu.id = m.unit_id
                 WHERE m.province_id = :province AND m.code = s.model_code AND m.campaign_id = :campaign
                   AND %2$s""".formatted(rowUnitId, WRITABLE.formatted("mu"));
    }

    /** Later rows with the same key as an earlier one, each naming the first. */
    static String duplicates(String keys, String where) {
        return """
                INSERT INTO ingest_error (row_number, code, col, value, other)
                SELECT r.row_number, 'duplicate-row', NULL, NULL, d.first_row
                  FROM ingest_resolved r
                  JOIN (SELECT %1$s, min(row_number) AS first_row FROM ingest_resolved
                         WHERE %2$s GROUP BY %1$s HAVING count(*) > 1) d USING (%1$s)
                 WHERE r.row_number <> d.first_row
                """.formatted(keys, where);
    }

    private Scope() {}
}
