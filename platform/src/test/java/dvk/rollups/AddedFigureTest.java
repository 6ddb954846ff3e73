package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.campaigns.CampaignChanged;
import dvk.submissions.SubmissionsChanged;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A figure added in one place, the figure list, and nothing else: the test's list is the standard one plus
 * "results with works" (results of the period that report a completed work). It is counted on refresh and on
 * the rebuild of an upgraded database (whose column the rebuild adds), and appears in the rollup answer, its
 * children, the comparison with its difference, the totals export and the pack's figure table.
 *
 * <p>Fixture: province FA, district FB, communes FC1–FC2; four models registered in 2023; results 2023: M1
 * with 3 works, M2 with none (1 with works); 2024: M1, M2, M3 with works, M4 without (3 with works).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddedFigureTest implements DatabaseTest {

    static final String ENABLED = "dvk.test.added-figure";
    static final Figure ADDED =
            Figure.of("results_with_works", Figure.Source.RESULTS, "count(*) FILTER (WHERE r.works > 0)");

    /** The standard figures and the added one; only in this test's context. */
    @Singleton
    @Replaces(FigureList.class)
    @Requires(property = ENABLED, value = "true")
    static class WithAddedFigure extends FigureList {
        WithAddedFigure() {
            super(plusAdded());
        }

        private static List<Figure> plusAdded() {
            List<Figure> figures = new ArrayList<>(FigureList.STANDARD);
            figures.add(ADDED);
            return figures;
        }
    }

    @Inject
    ApplicationContext context;

    @Inject
    ApplicationEventPublisher<SubmissionsChanged> events;

    @Inject
    ApplicationEventPublisher<CampaignChanged> campaignChanged;

    @Inject
    FigureList figures;

    @Inject
    RollupRebuild rebuild;

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    long campaign;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put(ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void buildFixture() throws SQLException {
        client = http.toBlocking();
        assertTrue(figures.figures().contains(ADDED), "the test's figure list is the one in use");
        try (Connection connection = Sql.of(context).connect()) {
            Fixture f = new Fixture(connection);
            Fixture.Unit a = f.province("FA");
            Fixture.Unit b = f.district("FB", a);
            Fixture.Unit c1 = f.commune("FC1", b);
            Fixture.Unit c2 = f.commune("FC2", b);
            campaign = f.campaign(a, "Phong trào thêm số liệu");
            long kt = f.field(a, campaign, 0, "KT", "Kinh tế");
            long y2023 = f.period(
                    a, campaign, "2023", "year", day(2022, 12, 15), day(2023, 12, 14), null, day(2023, 12, 20), null);
            long y2024 = f.period(
                    a, campaign, "2024", "year", day(2023, 12, 15), day(2024, 12, 14), null, day(2024, 12, 20), null);
            campaignChanged.publishEvent(new CampaignChanged(a.provinceId(), campaign));

            long registrations = f.batch(a, campaign, "registrations", a, at("2023-02-10T09:00:00Z"));
            long[] model = new long[5];
            for (int i = 1; i <= 4; i++) {
                model[i] = f.model(
                        registrations,
                        campaign,
                        i <= 2 ? c1 : c2,
                        y2023,
                        "M" + i,
                        i % 2 == 1 ? "collective" : "individual",
                        "new",
                        new Long[] {kt},
                        at("2023-02-10T09:00:00Z"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, registrations));

            long results2023 = f.batch(a, campaign, "results", a, at("2023-12-18T09:00:00Z"));
            f.result(results2023, model[1], y2023, 10, 20, 1_000_000L, 3, "high", 0, at("2023-12-18T09:00:00Z"));
            f.result(results2023, model[2], y2023, 10, 20, 1_000_000L, 0, "good", 0, at("2023-12-18T09:00:00Z"));
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, results2023));

            long results2024 = f.batch(a, campaign, "results", a, at("2024-12-18T09:00:00Z"));
            for (int i = 1; i <= 4; i++) {
                f.result(results2024, model[i], y2024, 5, 5, 0, i <= 3 ? i : 0, "good", 1, at("2024-12-18T09:00:00Z"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, results2024));
        }
    }

    @Test
    void theRollupAnswerItsChildrenAndTheComparisonCarryTheAddedFigure() {
        Map<?, ?> body = rollup();

        assertEquals(3, number(body.get("figures")));
        assertEquals(4, ((Number) ((Map<?, ?>) body.get("figures")).get("models")).intValue());
        List<?> children = (List<?>) body.get("children");
        assertEquals(1, children.size());
        assertEquals(3, number(((Map<?, ?>) children.get(0)).get("figures")));
        Map<?, ?> compare = (Map<?, ?>) body.get("compare");
        assertNotNull(compare, String.valueOf(body));
        assertEquals(1, number(compare.get("figures")));
        assertEquals(2, number(compare.get("figuresDifference")));
    }

    @Test
    void theTotalsExportListsTheAddedFigure() {
        byte[] csv = Api.as(client, "admin")
                .send(
                        HttpRequest.GET(
                                "/api/rollups/FA/export?campaign=" + campaign + "&period=2024&table=totals&format=csv"),
                        byte[].class)
                .body();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertTrue(text.contains("\r\nTổng số mô hình,4\r\n"), text);
        // the test's figure has no message, so it is listed under its key
        assertTrue(text.endsWith("\r\nresults_with_works,3\r\n"), text);
    }

    @Test
    void thePackPrintsTheAddedFigureAgainstLastYear() throws InterruptedException, IOException {
        Api admin = Api.as(client, "admin");
        HttpResponse<Map> accepted = admin.post(
                "/api/packs",
                Map.of(
                        "unitCode",
                        "FA",
                        "campaignId",
                        campaign,
                        "period",
                        "2024",
                        "kind",
                        "tong-ket-nam",
                        "signer",
                        Map.of("title", "PHÓ TRƯỞNG BAN", "name", "Nguyễn Văn A")));
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        long id = ((Number) accepted.body().get("id")).longValue();
        Map<?, ?> state = admin.get("/api/packs/" + id).body();
        for (int i = 0; i < 240 && !"done".equals(state.get("status")) && !"failed".equals(state.get("status")); i++) {
            Thread.sleep(250);
            state = admin.get("/api/packs/" + id).body();
        }
        assertEquals("done", state.get("status"), String.valueOf(state));

        byte[] xlsx = admin.send(HttpRequest.GET("/api/packs/" + id + "/file/xlsx"), byte[].class)
                .body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Số liệu tổng hợp");
            assertNotNull(sheet);
            Row added = sheet.getRow(sheet.getLastRowNum());
            assertEquals("results_with_works", added.getCell(1).getStringCellValue());
            assertEquals(
                    List.of(3.0, 1.0, 2.0),
                    List.of(
                            added.getCell(2).getNumericCellValue(),
                            added.getCell(3).getNumericCellValue(),
                            added.getCell(4).getNumericCellValue()));
        }
    }

    /** An upgraded database: the rows were counted without the figure (zeros), under another schema version. */
    @Test
    void aChangedFigureListRebuildsTheAggregatesAtStart() throws SQLException {
        assertEquals(figures.version(), rebuild.storedVersion());
        assertNotEquals(new FigureList().version(), figures.version(), "the version follows the list");
        try (Connection connection = Sql.of(context).connect();
                Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE rollup_tree SET results_with_works = 0");
            st.executeUpdate("UPDATE start_step SET name = 'rollup-schema older' WHERE name LIKE 'rollup-schema %'");
        }
        assertEquals(0, number(rollup().get("figures")));

        rebuild.rebuildIfChanged();

        assertEquals(figures.version(), rebuild.storedVersion());
        assertEquals(3, number(rollup().get("figures")));
    }

    private Map<?, ?> rollup() {
        HttpResponse<Map> response =
                Api.as(client, "admin").get("/api/rollups/FA?campaign=" + campaign + "&period=2024&compare=previous");
        assertEquals(200, response.code(), String.valueOf(response.getBody(String.class)));
        return response.body();
    }

    private static int number(Object figures) {
        Object value = ((Map<?, ?>) figures).get(ADDED.name());
        assertNotNull(value, "resultsWithWorks in " + figures);
        return ((Number) value).intValue();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
