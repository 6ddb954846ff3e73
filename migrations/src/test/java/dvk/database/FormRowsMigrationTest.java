package dvk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V48 and V49 move a period's due dates and a subtree's submission counts from columns to rows keyed by kind:
 * on a database at V47 holding both, every value reappears as a row, and a form not due has none.
 */
class FormRowsMigrationTest {

    @Test
    void dueDatesAndSubmissionCountsMoveToRowsByKind() throws SQLException {
        Map<String, String> db = TestDatabase.newDatabaseProperties();
        String url = db.get("datasources.default.url");
        String user = db.getOrDefault("datasources.default.username", null);
        Flyway.configure().dataSource(url, user, null).target("47").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, null);
                Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO unit (province_id, id, code, name, level, type, path, valid_from)
                    VALUES (1, 1, 'MA', 'Tỉnh MA', 'province', 'Tỉnh', '1', DATE '2020-01-01');
                    INSERT INTO unit (province_id, id, code, name, level, type, parent_id, path, valid_from)
                    VALUES (1, 2, 'MC', 'Xã MC', 'commune', 'Xã', 1, '1.2', DATE '2020-01-01');
                    INSERT INTO campaign (province_id, id, issuer_unit_id, name, first_year, last_year)
                    VALUES (1, 1, 1, 'Phong trào', 2023, 2023);
                    INSERT INTO campaign_period (province_id, campaign_id, id, code, kind, name, first_day, last_day,
                        due_registration, due_results, due_indicators)
                    VALUES (1, 1, 1, '2023', 'year', 'Năm 2023', DATE '2022-12-15', DATE '2023-12-14',
                        DATE '2023-02-20', DATE '2023-12-20', NULL);
                    INSERT INTO rollup_tree (province_id, campaign_id, period_id, unit_id, parent_id, path, unit_level,
                        unit_type, in_force, models, collective, individual, status_new, status_continued,
                        status_replicated, reviewed, rating_high, rating_good, rating_average, rating_poor,
                        high_collective, high_individual, sustained_collective, sustained_individual, households,
                        people, funds_vnd, works, villages, villages_with_model, satisfaction_sum,
                        satisfaction_units, party_members_1plus10, households_1plus10, communes, agencies,
                        communes_with_model, agencies_with_high_model, registrations_expected,
                        registrations_on_time, registrations_late, results_expected, results_on_time, results_late,
                        indicators_expected, indicators_on_time, indicators_late, registrations_at, results_at,
                        indicators_at, behind, newest_at)
                    VALUES (1, 1, 1, 1, NULL, '1', 'province', 'Tỉnh', true, 3, 2, 1, 3, 0, 0, 1, 1, 0, 0, 0, 1, 0,
                        0, 0, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0,
                        TIMESTAMPTZ '2023-02-10 09:00+07', TIMESTAMPTZ '2023-12-21 09:00+07', NULL, false,
                        TIMESTAMPTZ '2023-12-21 09:00+07'),
                           (1, 1, 1, 2, 1, '1.2', 'commune', 'Xã', true, 3, 2, 1, 3, 0, 0, 1, 1, 0, 0, 0, 1, 0,
                        0, 0, 5, 6, 7, 8, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0,
                        TIMESTAMPTZ '2023-02-10 09:00+07', TIMESTAMPTZ '2023-12-21 09:00+07', NULL, true,
                        TIMESTAMPTZ '2023-12-21 09:00+07');
                    """);
        }

        Flyway.configure().dataSource(url, user, null).load().migrate();

        try (Connection c = DriverManager.getConnection(url, user, null);
                Statement st = c.createStatement()) {
            st.execute("SET TIME ZONE 'UTC'");
            assertEquals(
                    List.of("indicators null", "registrations 2023-02-20", "results 2023-12-20"),
                    rows(
                            st,
                            "SELECT k.kind || ' ' || coalesce(d.due::text, 'null')"
                                    + " FROM (VALUES ('registrations'), ('results'), ('indicators')) k(kind)"
                                    + " LEFT JOIN campaign_period_due d ON d.period_id = 1 AND d.kind = k.kind ORDER BY 1"));
            assertEquals(
                    List.of(
                            "1 registrations 1/1/0 2023-02-10 02:00:00+00 false",
                            "1 results 1/0/1 2023-12-21 02:00:00+00 false",
                            "2 registrations 1/1/0 2023-02-10 02:00:00+00 false",
                            "2 results 1/0/1 2023-12-21 02:00:00+00 true"),
                    rows(
                            st,
                            "SELECT unit_id || ' ' || kind || ' ' || expected || '/' || on_time"
                                    + " || '/' || late || ' ' || first_at || ' ' || behind FROM rollup_tree_form"
                                    + " ORDER BY unit_id, kind"));
            assertEquals(List.of("3 8"), rows(st, "SELECT models || ' ' || works FROM rollup_tree WHERE unit_id = 2"));
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
