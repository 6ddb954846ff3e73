package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.campaigns.CampaignChanged;
import dvk.submissions.SubmissionsChanged;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hand-made fixture: province HA with districts HB1–HB3, communes HC1–HC7 and agency HG; 25 counted
 * models (model i: collective when odd; new / replicated / continued by i mod 3; KT for i ≤ 10, VHXH for 8–18,
 * ANQP from 19) plus one withdrawn; results for models 1–10 in 2023-H1 and 11–25 in 2023; HC5 sends its
 * six-month results late and HC6 never sends them. Every figure is asserted by value.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupFixtureTest implements DatabaseTest {

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null, null, null, List.of());

    @Inject
    ApplicationContext context;

    @Inject
    ApplicationEventPublisher<SubmissionsChanged> events;

    @Inject
    ApplicationEventPublisher<CampaignChanged> campaignChanged;

    @Inject
    Rollups rollups;

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    long campaign;

    @BeforeAll
    void buildFixture() throws SQLException {
        client = http.toBlocking();
        try (Connection connection = Sql.of(context).connect()) {
            Fixture f = new Fixture(connection);
            Fixture.Unit a = f.province("HA");
            Fixture.Unit b1 = f.district("HB1", a);
            Fixture.Unit b2 = f.district("HB2", a);
            Fixture.Unit b3 = f.district("HB3", a);
            Fixture.Unit[] c = {
                f.commune("HC1", b1),
                f.commune("HC2", b1),
                f.commune("HC3", b1),
                f.commune("HC4", b2),
                f.commune("HC5", b2),
                f.commune("HC6", b3),
                f.commune("HC7", b3)
            };
            Fixture.Unit agency = f.child("HG", "agency", "Cơ quan", b1, null);
            campaign = f.campaign(a, "Phong trào mẫu");
            long kt = f.field(a, campaign, 0, "KT", "Kinh tế");
            long vh = f.field(a, campaign, 1, "VHXH", "Văn hóa xã hội");
            long an = f.field(a, campaign, 2, "ANQP", "An ninh quốc phòng");
            long h1 = f.period(
                    a,
                    campaign,
                    "2023-H1",
                    "half",
                    day(2022, 12, 15),
                    day(2023, 6, 14),
                    null,
                    day(2023, 6, 20),
                    day(2023, 6, 20));
            long year = f.period(
                    a,
                    campaign,
                    "2023",
                    "year",
                    day(2022, 12, 15),
                    day(2023, 12, 14),
                    day(2023, 2, 20),
                    day(2023, 12, 20),
                    null);
            f.target(a, campaign, 0, "communes-with-model", null, ">=", "100", "100% xã có mô hình");
            f.target(a, campaign, 1, "models-reviewed", null, ">=", "100", "100% mô hình được đánh giá");
            f.target(a, campaign, 2, "average-satisfaction", null, ">=", "90", "Hài lòng từ 90%");
            f.target(a, campaign, 3, "villages-with-model", null, ">=", "100", "100% thôn có mô hình");
            f.quota(a, campaign, 0, "2023", "Ban Thường vụ", "collective", 2);
            f.quota(a, campaign, 1, "2023", "Ban Thường vụ", "individual", 1);
            // what Campaigns publishes for a campaign made through the API
            campaignChanged.publishEvent(new CampaignChanged(a.provinceId(), campaign));

            Fixture.Unit[] unitOf = new Fixture.Unit[26];
            int[][] ranges = {{1, 4, 0}, {5, 8, 1}, {9, 11, 2}, {12, 15, 3}, {16, 18, 4}, {19, 22, 6}};
            for (int[] r : ranges) {
                for (int i = r[0]; i <= r[1]; i++) {
                    unitOf[i] = c[r[2]];
                }
            }
            for (int i = 23; i <= 25; i++) {
                unitOf[i] = agency;
            }
            long[] model = new long[26];
            long registrations = f.batch(a, campaign, "registrations", a, at("2023-02-10T09:00"));
            for (int i = 1; i <= 25; i++) {
                Long[] fields = i <= 7
                        ? new Long[] {kt}
                        : i <= 10 ? new Long[] {kt, vh} : i <= 18 ? new Long[] {vh} : new Long[] {an};
                String status = i % 3 == 0 ? "continued" : i % 3 == 1 ? "new" : "replicated";
                model[i] = f.model(
                        registrations,
                        campaign,
                        unitOf[i],
                        year,
                        "M" + i,
                        i % 2 == 1 ? "collective" : "individual",
                        status,
                        fields,
                        at("2023-02-10T09:00"));
            }
            long withdrawn = f.model(
                    registrations,
                    campaign,
                    c[5],
                    year,
                    "MW",
                    "collective",
                    "new",
                    new Long[] {kt},
                    at("2023-02-15T09:00"));
            for (Fixture.Unit commune : c) {
                f.submission(
                        campaign,
                        commune,
                        year,
                        "registrations",
                        commune == c[5] ? at("2023-02-15T09:00") : at("2023-02-10T09:00"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, registrations));

            long withdrawal = f.batch(a, campaign, "registrations", b3, at("2023-03-01T09:00"));
            f.withdraw(withdrawal, withdrawn, at("2023-03-01T09:00"));
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, withdrawal));

            long halfResults = f.batch(a, campaign, "results", a, at("2023-06-18T09:00"));
            for (int i = 1; i <= 10; i++) {
                String rating = i <= 4 ? "high" : i <= 7 ? "good" : i <= 9 ? "average" : "poor";
                // typed "Số năm duy trì"; the ranking no longer reads it: every model here was registered and
                // reviewed in 2023 only, so each has been sustained 1 year (V62, docs/models.md)
                int years = i == 1 ? 3 : i == 3 ? 2 : i == 4 ? 1 : 0;
                f.result(
                        halfResults,
                        model[i],
                        h1,
                        10 * i,
                        20 * i,
                        1_000_000L * i,
                        1,
                        rating,
                        years,
                        at("2023-06-18T09:00"));
            }
            for (int k : new int[] {0, 1, 2, 3, 6}) {
                f.submission(campaign, c[k], h1, "results", at("2023-06-18T09:00"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, halfResults));

            long late = f.batch(a, campaign, "results", b2, at("2023-06-21T08:00"));
            f.submission(campaign, c[4], h1, "results", at("2023-06-21T08:00"));
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, late));

            long indicators = f.batch(a, campaign, "indicators", a, at("2023-06-19T09:00"));
            for (Fixture.Unit commune : c) {
                boolean hc6 = commune == c[5];
                f.indicator(
                        indicators, campaign, commune, h1, 5, hc6 ? 0 : 4, hc6 ? "85" : "92", at("2023-06-19T09:00"));
                f.submission(campaign, commune, h1, "indicators", at("2023-06-19T09:00"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, indicators));

            long yearResults = f.batch(a, campaign, "results", a, at("2023-12-18T09:00"));
            for (int i = 11; i <= 25; i++) {
                boolean high = i == 11 || i >= 23;
                f.result(
                        yearResults,
                        model[i],
                        year,
                        i,
                        i,
                        0,
                        2,
                        high ? "high" : "good",
                        i == 23 ? 2 : 0,
                        at("2023-12-18T09:00"));
            }
            for (int k : new int[] {0, 1, 2, 3, 4, 6}) {
                f.submission(campaign, c[k], year, "results", at("2023-12-18T09:00"));
            }
            events.publishEvent(new SubmissionsChanged(a.provinceId(), campaign, yearResults));
        }
    }

    @Test
    void sixMonthRollupOfTheProvinceHasEveryFigure() {
        Rollup r = rollups.of(ADMIN, "HA", campaign, "2023-H1", Compare.NONE);

        assertEquals(
                new Rollup.Totals(
                        25,
                        List.of(
                                new Rollup.FieldCount("KT", "Kinh tế", 10),
                                new Rollup.FieldCount("VHXH", "Văn hóa xã hội", 11),
                                new Rollup.FieldCount("ANQP", "An ninh quốc phòng", 7)),
                        13,
                        12,
                        9,
                        8,
                        8,
                        10,
                        4,
                        3,
                        2,
                        1,
                        550,
                        1100,
                        55_000_000,
                        10),
                r.totals());
        assertEquals(
                new Rollup.Coverage(
                        share(3, 3, "100.00"),
                        share(6, 7, "85.71"),
                        share(24, 35, "68.57"),
                        share(0, 1, "0.00"),
                        new BigDecimal("91.00"),
                        0,
                        0),
                r.coverage());
        assertEquals(
                List.of(
                        target("100% xã có mô hình", "communes-with-model", "85.71", false),
                        target("100% mô hình được đánh giá", "models-reviewed", "40.00", false),
                        new Rollup.TargetResult(
                                "Hài lòng từ 90%",
                                "average-satisfaction",
                                null,
                                ">=",
                                new BigDecimal("90"),
                                new BigDecimal("91.00"),
                                true),
                        target("100% thôn có mô hình", "villages-with-model", "68.57", false)),
                r.targets());
        assertEquals(
                List.of(
                        new Rollup.FormSubmissions(
                                "results",
                                day(2023, 6, 20),
                                7,
                                5,
                                1,
                                1,
                                List.of(new Rollup.Submitter("HC5", "Xã HC5", at("2023-06-21T08:00"))),
                                List.of(new Rollup.Submitter("HC6", "Xã HC6", null))),
                        new Rollup.FormSubmissions("indicators", day(2023, 6, 20), 7, 7, 0, 0, List.of(), List.of())),
                r.submissions());
        // no model is sustained 2 years (all are of 2023), so households decide: M3 (30) before M1 (10)
        assertEquals(
                List.of(2L, 2L, 0L, 0L),
                List.of(
                        r.commendation().collectiveCandidates(),
                        r.commendation().individualCandidates(),
                        r.commendation().sustainedCollective(),
                        r.commendation().sustainedIndividual()));
        assertEquals(List.of("M3", "M1"), codes(r.commendation().collective()));
        assertEquals(List.of("M4", "M2"), codes(r.commendation().individual()));
        assertEquals(List.of(), r.commendation().quotas());
        assertEquals(
                List.of(
                        "HB1=14 models, 10 reviewed, 3/3 communes",
                        "HB2=7 models, 0 reviewed, 2/2 communes",
                        "HB3=4 models, 0 reviewed, 1/2 communes"),
                children(r));
        assertEquals(at("2023-06-21T08:00"), r.asOf());
    }

    @Test
    void yearRollupComparedWithTheSixMonthsCountsTheAgencyAndTheQuotas() {
        Rollup r = rollups.of(ADMIN, "HA", campaign, "2023", Compare.NONE);

        assertEquals(
                List.of(25L, 15L, 4L, 11L, 0L, 0L, 270L, 270L, 0L, 30L),
                List.of(
                        r.totals().models(),
                        r.totals().reviewed(),
                        r.totals().ratingHigh(),
                        r.totals().ratingGood(),
                        r.totals().ratingAverage(),
                        r.totals().ratingPoor(),
                        r.totals().households(),
                        r.totals().people(),
                        r.totals().fundsVnd(),
                        r.totals().works()));
        assertEquals(share(1, 1, "100.00"), r.coverage().agenciesWithHighModel());
        assertEquals(share(0, 0, null), r.coverage().villagesWithModel());
        assertNull(r.coverage().averageSatisfaction());
        // derived years sustained: 1 for every model of this 2023-only campaign (V62)
        assertEquals(
                List.of(3L, 1L, 0L, 0L),
                List.of(
                        r.commendation().collectiveCandidates(),
                        r.commendation().individualCandidates(),
                        r.commendation().sustainedCollective(),
                        r.commendation().sustainedIndividual()));
        assertEquals(List.of("M25", "M23"), codes(r.commendation().collective()));
        assertEquals(List.of("M24"), codes(r.commendation().individual()));
        assertEquals(
                List.of(
                        new Rollup.QuotaFit("Tổng kết", "Ban Thường vụ", "collective", 2, 3, 2),
                        new Rollup.QuotaFit("Tổng kết", "Ban Thường vụ", "individual", 1, 1, 1)),
                r.commendation().quotas());
        assertEquals(
                List.of("registrations 7/7/0/0 []", "results 7/6/0/1 [HC6]"),
                r.submissions().stream()
                        .map(s -> s.kind() + " " + s.expected() + "/" + s.onTime() + "/" + s.late() + "/" + s.missing()
                                + " "
                                + s.missingUnits().stream()
                                        .map(Rollup.Submitter::code)
                                        .toList())
                        .toList());
        assertEquals(
                target("100% mô hình được đánh giá", "models-reviewed", "60.00", false),
                r.targets().get(1));
        assertEquals(
                List.of(
                        "HB1=14 models, 4 reviewed, 3/3 communes",
                        "HB2=7 models, 7 reviewed, 2/2 communes",
                        "HB3=4 models, 4 reviewed, 1/2 communes"),
                children(r));
        assertEquals(at("2023-12-18T09:00"), r.asOf());
    }

    @Test
    void comparisonWithThePreviousYearIsRefusedWhenThereIsNone() {
        Api admin = Api.as(client, "admin");

        HttpResponse<Map> response =
                admin.get("/api/rollups/HA?campaign=" + campaign + "&period=2023&compare=previous");

        assertEquals(422, response.code());
        assertEquals(
                "urn:dvk:problem:rollup-no-comparison-period",
                Api.errorBody(response).get("type"));
    }

    @Test
    void districtDrillDownOverHttpShowsItsCommunes() {
        Map<?, ?> body = Api.as(client, "admin")
                .get("/api/rollups/HB2?campaign=" + campaign + "&period=2023")
                .body();

        assertEquals(7, ((Number) ((Map<?, ?>) body.get("totals")).get("models")).intValue());
        assertEquals(
                List.of("HC4", "HC5"),
                ((List<?>) body.get("children"))
                        .stream()
                                .map(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("unit")).get("code"))
                                .toList());
    }

    @Test
    void modelsBehindTheFiguresFilterAndPage() {
        Api admin = Api.as(client, "admin");
        String base = "/api/rollups/HA/models?campaign=" + campaign + "&period=2023";

        assertEquals(10, total(admin.get(base + "&field=KT")));
        assertEquals(12, total(admin.get(base + "&type=individual")));
        assertEquals(4, total(admin.get(base + "&rating=high")));
        assertEquals(10, total(admin.get(base + "&rating=none")));
        assertEquals(7, total(admin.get(base + "&child=HB2")));
        Map<?, ?> page = admin.get(base + "&page=2&size=5").body();
        assertEquals(25, ((Number) page.get("total")).intValue());
        assertEquals(5, ((List<?>) page.get("models")).size());
        assertEquals(422, admin.get(base + "&rating=excellent").code());
    }

    @Test
    void childrenTableExportsAsCsvWithBomAndAsXlsxWithNumbers() throws IOException {
        Api admin = Api.as(client, "admin");
        String uri = "/api/rollups/HA/export?campaign=" + campaign + "&period=2023&table=children&format=";

        byte[] csv = admin.send(HttpRequest.GET(uri + "csv"), byte[].class).body();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMã đơn vị,Tên đơn vị,Số mô hình"), text);
        assertTrue(text.contains("HB1,Huyện HB1,14,"), text);

        byte[] xlsx = admin.send(HttpRequest.GET(uri + "xlsx"), byte[].class).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Số mô hình", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
            assertEquals(14.0, sheet.getRow(1).getCell(2).getNumericCellValue());
        }
    }

    private static long total(HttpResponse<Map> response) {
        assertEquals(200, response.code(), String.valueOf(response.getBody(String.class)));
        return ((Number) response.body().get("total")).longValue();
    }

    private static List<String> children(Rollup r) {
        return r.children().stream()
                .map(c -> c.unit().code() + "=" + c.totals().models() + " models, "
                        + c.totals().reviewed() + " reviewed, "
                        + c.coverage().communesWithModel().count() + "/"
                        + c.coverage().communesWithModel().of() + " communes")
                .toList();
    }

    private static List<String> codes(List<Rollup.Candidate> candidates) {
        return candidates.stream().map(Rollup.Candidate::modelCode).toList();
    }

    private static Rollup.TargetResult target(String name, String metric, String actual, boolean met) {
        return new Rollup.TargetResult(name, metric, null, ">=", new BigDecimal("100"), new BigDecimal(actual), met);
    }

    private static Rollup.Share share(long count, long of, String percent) {
        return new Rollup.Share(count, of, percent == null ? null : new BigDecimal(percent));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Instant at(String localTime) {
        return OffsetDateTime.parse(localTime + "+07:00").toInstant();
    }
}
