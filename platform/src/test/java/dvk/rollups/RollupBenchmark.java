package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The national benchmark of docs/benchmarks.md: one campaign per province of the 3-level structure (the same plan
 * under one name), 1,000,000 registrations and 2,000,000 results over all 10,035 communes, generated with
 * set-based SQL; then a full aggregate refresh, then p50/p95 of the rollup endpoint over HTTP for a province and
 * for the national root next to a plain GROUP BY over the base tables. Runs only with {@code -Ddvk.bench=true};
 * {@code DVK_BENCH_DATABASE_URL} points it at an existing PostgreSQL database instead of the embedded one.
 */
@EnabledIfSystemProperty(named = "dvk.bench", matches = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupBenchmark implements DatabaseTest {

    static final String PLAN = "Benchmark Dân vận khéo toàn quốc";
    private static final int MODELS = Integer.getInteger("dvk.bench.models", 1_000_000);
    private static final int RUNS = Integer.getInteger("dvk.bench.runs", 200);
    /** Requests before measuring: on 2 cores the JIT compiler is still busy after the first few hundred. */
    private static final int WARMUP = Integer.getInteger("dvk.bench.warmup", 500);

    private static final String PROVINCE = System.getProperty("dvk.bench.province", "01");
    /** The province of the 2-level structure the benchmark province went into (Hà Nội: 01 both). */
    private static final String PROVINCE_TODAY = System.getProperty("dvk.bench.province-today", "01");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Inject
    RollupRefresh refresh;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        String external = System.getenv("DVK_BENCH_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            properties.put("datasources.default.url", external);
            properties.remove("datasources.default.username");
        }
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    @Test
    void nationalRollupBenchmark() throws SQLException {
        List<String> report = new ArrayList<>();
        try (Connection c = Sql.of(context).connect();
                Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            for (String sql : BenchmarkData.statements(MODELS)) {
                st.execute(sql);
            }
            report.add(
                    "generate base rows (%d models, %d results): %.1f s".formatted(MODELS, 2L * MODELS, seconds(t0)));
            long insertModels = BenchmarkData.timeModelInsert(st, MODELS);
            report.add("plain INSERT … SELECT of %d models alone (raw-load reference): %.1f s"
                    .formatted(MODELS, insertModels / 1e9));
            long t1 = System.nanoTime();
            List<long[]> campaigns = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT province_id, id FROM campaign WHERE name = '" + PLAN + "'")) {
                while (rs.next()) {
                    campaigns.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            for (long[] campaign : campaigns) {
                refresh.refreshCampaign(campaign[0], campaign[1]);
            }
            report.add("full aggregate refresh of %d campaigns (%d models, %d results): %.1f s"
                    .formatted(campaigns.size(), MODELS, 2L * MODELS, seconds(t1)));
            // what autovacuum does to a live database after a refresh; without it a rerun on a server with
            // autovacuum off reads every deleted row of the previous run (docs/benchmarks.md)
            long t2 = System.nanoTime();
            st.execute("VACUUM ANALYZE");
            report.add("VACUUM ANALYZE: %.1f s".formatted(seconds(t2)));
            try (var rs = st.executeQuery("SELECT (SELECT count(*) FROM model) || ' models, '"
                    + " || (SELECT count(*) FROM model_result) || ' results, '"
                    + " || (SELECT count(*) FROM rollup_tree) || ' subtree rows, '"
                    + " || (SELECT count(*) FROM rollup_candidate) || ' candidates'")) {
                rs.next();
                report.add("rows: " + rs.getString(1));
            }
            long campaign = campaignOf(st, PROVINCE);
            BlockingHttpClient client = http.toBlocking();
            Api admin = Api.as(client, "admin");
            String province = "/api/rollups/" + PROVINCE + "?campaign=" + campaign + "&period=2024";
            String nation = "/api/rollups/VN?campaign=" + campaign + "&period=2024";
            report.add("HTTP province " + PROVINCE + ": " + percentiles(admin, province));
            report.add("HTTP national root VN: " + percentiles(admin, nation));
            // the same figures re-based onto today's provinces and communes through the lineage
            report.add("HTTP province " + PROVINCE + " basis=current: "
                    + percentiles(
                            admin,
                            province.replace("/api/rollups/" + PROVINCE, "/api/rollups/" + PROVINCE_TODAY)
                                    + "&basis=current"));
            report.add("HTTP national root VN basis=current: " + percentiles(admin, nation + "&basis=current"));
            report.add("GROUP BY province " + PROVINCE + ": " + groupBy(st, BenchmarkData.groupBy(PROVINCE)));
            report.add("GROUP BY national: " + groupBy(st, BenchmarkData.groupBy(null)));
        }
        System.out.println("\n=== DVK rollup benchmark ===\n" + String.join("\n", report) + "\n");
    }

    private static long campaignOf(Statement st, String provinceCode) throws SQLException {
        try (var rs = st.executeQuery("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id"
                + " WHERE c.name = '" + PLAN + "' AND u.code = '" + provinceCode + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String percentiles(Api api, String uri) {
        for (int i = 0; i < WARMUP; i++) {
            assertEquals(200, api.send(HttpRequest.GET(uri), String.class).code());
        }
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = api.send(HttpRequest.GET(uri), String.class);
            times[i] = System.nanoTime() - t;
            assertEquals(200, response.code());
        }
        return summary(times);
    }

    private static String groupBy(Statement st, String sql) throws SQLException {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            try (var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            times[i] = System.nanoTime() - t;
        }
        return summary(times);
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double p50 = sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6;
        double p95 = sorted[(int) Math.ceil(0.95 * (sorted.length - 1))] / 1e6;
        return "p50 %.1f ms, p95 %.1f ms (%d runs)".formatted(p50, p95, sorted.length);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
