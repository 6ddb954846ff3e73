package dvk.rollups;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Set-based SQL (generate_series) for the national benchmark dataset on the real 3-level units. */
final class BenchmarkData {

    private static final String COMMUNES = """
            SELECT row_number() OVER (ORDER BY u.id) - 1 AS i, u.province_id, u.id
              FROM unit u WHERE u.level = 'commune' AND u.valid_to = DATE '2025-06-30'""";

    private BenchmarkData() {}

    static List<String> statements(int models) {
        String plan = RollupBenchmark.PLAN;
        return List.of(
                "SET synchronous_commit = off",
                // a fresh database has no statistics of the units yet; without them the generator joins blindly
                "ANALYZE unit",
                // a rerun on an external database starts again from its own data only
                "DELETE FROM rollup_tree_field WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan
                        + "')",
                "DELETE FROM rollup_tree WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                "DELETE FROM rollup_candidate WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan
                        + "')",
                "DELETE FROM submission WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                // versions written when something (a user, the demo) changed the generated rows after a run
                "DELETE FROM unit_indicator_version WHERE batch_id IN (SELECT b.id FROM batch b JOIN campaign c"
                        + " ON c.id = b.campaign_id WHERE c.name = '" + plan + "')",
                "DELETE FROM model_result_version WHERE batch_id IN (SELECT b.id FROM batch b JOIN campaign c"
                        + " ON c.id = b.campaign_id WHERE c.name = '" + plan + "')",
                "DELETE FROM model_version WHERE batch_id IN (SELECT b.id FROM batch b JOIN campaign c"
                        + " ON c.id = b.campaign_id WHERE c.name = '" + plan + "')",
                "DELETE FROM unit_indicator WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                "DELETE FROM model_result WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                "DELETE FROM model WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                "DELETE FROM batch WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + plan + "')",
                "DELETE FROM campaign WHERE name = '" + plan + "'",
                """
                INSERT INTO campaign (province_id, issuer_unit_id, name, first_year, last_year)
                SELECT u.id, u.id, '%s', 2023, 2024 FROM unit u
                 WHERE u.level = 'province' AND u.valid_to = DATE '2025-06-30' ORDER BY u.id""".formatted(plan),
                """
                INSERT INTO campaign_field (province_id, campaign_id, position, code, name)
                SELECT c.province_id, c.id, f.position, f.code, f.name FROM campaign c
                 CROSS JOIN (VALUES (0, 'GPMB', 'Giải phóng mặt bằng'), (1, 'KT', 'Kinh tế'),
                    (2, 'CTDT', 'Chỉnh trang đô thị'), (3, 'BVMT', 'Bảo vệ môi trường'),
                    (4, 'VHXH', 'Văn hóa xã hội'), (5, 'ANQP', 'An ninh quốc phòng'),
                    (6, 'XDHTCT', 'Xây dựng hệ thống chính trị')) f(position, code, name)
                 WHERE c.name = '%s' ORDER BY c.id, f.position""".formatted(plan),
                """
                INSERT INTO campaign_period (province_id, campaign_id, code, kind, name, first_day, last_day)
                SELECT c.province_id, c.id, p.code, p.kind, p.name, p.first_day, p.last_day
                  FROM campaign c CROSS JOIN (VALUES
                    ('2023-H1', 'half', '6 tháng đầu năm 2023', DATE '2022-12-15', DATE '2023-06-14', NULL::date,
                     DATE '2023-06-20'),
                    ('2023', 'year', 'Năm 2023', DATE '2022-12-15', DATE '2023-12-14', DATE '2023-02-20',
                     DATE '2023-12-20'),
                    ('2024-H1', 'half', '6 tháng đầu năm 2024', DATE '2023-12-15', DATE '2024-06-14', NULL::date,
                     DATE '2024-06-20'),
                    ('2024', 'year', 'Năm 2024', DATE '2023-12-15', DATE '2024-12-14', DATE '2024-02-20',
                     DATE '2024-12-20')) p(code, kind, name, first_day, last_day, due_reg, due_res)
                 WHERE c.name = '%s'""".formatted(plan),
                """
                INSERT INTO campaign_period_due (province_id, period_id, kind, due)
                SELECT p.province_id, p.id, d.kind, d.due
                  FROM campaign c
                  JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id
                  JOIN (VALUES ('2023-H1', NULL::date, DATE '2023-06-20'),
                               ('2023', DATE '2023-02-20', DATE '2023-12-20'),
                               ('2024-H1', NULL::date, DATE '2024-06-20'),
                               ('2024', DATE '2024-02-20', DATE '2024-12-20')) v(code, due_reg, due_res)
                    ON v.code = p.code
                 CROSS JOIN LATERAL (VALUES ('registrations', v.due_reg), ('results', v.due_res),
                                            ('indicators', v.due_res)) d(kind, due)
                 WHERE c.name = '%s' AND d.due IS NOT NULL""".formatted(plan),
                """
                INSERT INTO batch (province_id, campaign_id, kind, user_id, unit_id, source, received_at)
                SELECT c.province_id, c.id, 'registrations', (SELECT id FROM app_user WHERE username = 'admin'),
                       c.issuer_unit_id, 'demo', TIMESTAMPTZ '2024-02-10 09:00+07'
                  FROM campaign c WHERE c.name = '%s'""".formatted(plan),
                modelInsert(models),
                """
                INSERT INTO model_result (province_id, model_id, period_id, campaign_id, unit_id, households, people,
                    funds_vnd, works, rating, years_sustained, batch_id, received_at)
                SELECT m.province_id, m.id, p.id, m.campaign_id, m.unit_id, (m.id %% 97)::int, (m.id %% 389)::int,
                       (m.id %% 50) * 1000000, (m.id %% 7)::int,
                       (ARRAY['high', 'good', 'average', 'poor'])[1 + (m.id + p.id) %% 4], ((m.id / 3) %% 5)::int,
                       m.batch_id, p.last_day + 3
                  FROM model m
                  JOIN campaign c ON c.province_id = m.province_id AND c.id = m.campaign_id AND c.name = '%s'
                  JOIN campaign_period p ON p.province_id = m.province_id AND p.campaign_id = m.campaign_id
                                         AND p.code IN ('2023', '2024')""".formatted(plan),
                """
                INSERT INTO unit_indicator (province_id, campaign_id, period_id, unit_id, villages,
                    villages_with_model, satisfaction_pct, batch_id, received_at)
                SELECT u.province_id, c.id, p.id, u.id, 10 + u.id %% 7, 8 + u.id %% 3, 85 + (u.id %% 15),
                       b.id, p.last_day + 2
                  FROM unit u
                  JOIN campaign c ON c.province_id = u.province_id AND c.name = '%s'
                  JOIN batch b ON b.province_id = c.province_id AND b.campaign_id = c.id
                  JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id
                 WHERE u.level = 'commune' AND u.valid_to = DATE '2025-06-30'""".formatted(plan),
                // most communes on time, every 37th late, every 101st missing
                """
                INSERT INTO submission (province_id, campaign_id, period_id, unit_id, kind, first_received_at,
                    last_received_at, late)
                SELECT u.province_id, c.id, p.id, u.id, k.kind,
                       (CASE WHEN u.id %% 37 = 0 THEN k.due + 5 ELSE k.due - 2 END)::timestamp
                            AT TIME ZONE 'Asia/Ho_Chi_Minh',
                       (CASE WHEN u.id %% 37 = 0 THEN k.due + 5 ELSE k.due - 2 END)::timestamp
                            AT TIME ZONE 'Asia/Ho_Chi_Minh',
                       u.id %% 37 = 0
                  FROM unit u
                  JOIN campaign c ON c.province_id = u.province_id AND c.name = '%s'
                  JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id
                  JOIN campaign_period_due k ON k.province_id = p.province_id AND k.period_id = p.id
                 WHERE u.level = 'commune' AND u.valid_to = DATE '2025-06-30'
                   AND u.id %% 101 <> 0""".formatted(plan),
                "ANALYZE");
    }

    private static String modelInsert(int models) {
        return """
                WITH communes AS MATERIALIZED (%s),
                n AS (SELECT count(*) AS n FROM communes),
                camp AS (SELECT c.province_id, c.id, b.id AS batch_id,
                                (SELECT min(f.id) FROM campaign_field f WHERE f.campaign_id = c.id) AS first_field,
                                (SELECT p.id FROM campaign_period p WHERE p.campaign_id = c.id AND p.code = '2023') AS p2023,
                                (SELECT p.id FROM campaign_period p WHERE p.campaign_id = c.id AND p.code = '2024') AS p2024
                           FROM campaign c JOIN batch b ON b.province_id = c.province_id AND b.campaign_id = c.id
                          WHERE c.name = '%s')
                INSERT INTO model (province_id, campaign_id, unit_id, period_id, code, registrant_type, registrant_name,
                    registrant_key, model_name, model_key, field_ids, status, batch_id, received_at)
                SELECT cm.province_id, camp.id, cm.id, CASE WHEN g %% 3 = 0 THEN camp.p2024 ELSE camp.p2023 END,
                       'B' || g, CASE WHEN g %% 2 = 0 THEN 'collective' ELSE 'individual' END,
                       'Chi hội ' || g, 'chi hoi ' || g, 'Mô hình Dân vận khéo ' || g, 'mo hinh dan van kheo ' || g,
                       CASE WHEN g %% 5 = 0 THEN ARRAY[camp.first_field + g %% 7, camp.first_field + (g + 1) %% 7]
                            ELSE ARRAY[camp.first_field + g %% 7] END,
                       (ARRAY['new', 'continued', 'replicated'])[1 + g %% 3], camp.batch_id,
                       TIMESTAMPTZ '2023-02-01 08:00+07' + (g %% 400) * INTERVAL '1 day'
                  FROM generate_series(0, %d - 1) g
                  JOIN n ON true
                  JOIN communes cm ON cm.i = g %% n.n
                  JOIN camp ON camp.province_id = cm.province_id""".formatted(COMMUNES, RollupBenchmark.PLAN, models);
    }

    /** Loads the models again into a scratch copy of the table, to time the raw load without maintenance. */
    static long timeModelInsert(Statement st, int models) throws SQLException {
        st.execute("CREATE TEMP TABLE model_scratch (LIKE model INCLUDING DEFAULTS)");
        long t = System.nanoTime();
        st.execute("INSERT INTO model_scratch SELECT * FROM model WHERE campaign_id IN"
                + " (SELECT id FROM campaign WHERE name = '" + RollupBenchmark.PLAN + "')");
        long elapsed = System.nanoTime() - t;
        st.execute("DROP TABLE model_scratch");
        return elapsed;
    }

    /** The figures of a rollup's totals by a plain GROUP BY over the base tables, for the baseline timing. */
    static String groupBy(String provinceCode) {
        String scope = provinceCode == null
                ? "true"
                : "u.path <@ (SELECT path FROM unit WHERE code = '" + provinceCode
                        + "' AND valid_to = DATE '2025-06-30')";
        return """
                WITH p AS (SELECT id, province_id, last_day FROM campaign_period
                            WHERE code = '2024' AND campaign_id IN (SELECT id FROM campaign WHERE name = '%1$s'))
                SELECT m.registrant_type, m.status, count(*) AS models, count(r.model_id) AS reviewed,
                       count(*) FILTER (WHERE r.rating = 'high') AS high, sum(r.households) AS households,
                       sum(r.funds_vnd) AS funds, count(DISTINCT m.unit_id) AS units_with_model
                  FROM model m
                  JOIN p ON p.province_id = m.province_id
                  JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
                  JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
                  LEFT JOIN model_result r ON r.province_id = m.province_id AND r.model_id = m.id AND r.period_id = p.id
                 WHERE m.withdrawn_at IS NULL AND rp.first_day <= p.last_day AND %2$s
                 GROUP BY m.registrant_type, m.status""".formatted(RollupBenchmark.PLAN, scope);
    }
}
