package dvk.ingest;

import dvk.support.ServiceProcess;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

/**
 * End-to-end ingest speed against raw COPY, in one run: starts the service in its own JVM (-Xmx512m, embedded
 * PostgreSQL with fsync on, as in production), generates a registrations CSV per province over the real
 * communes of several provinces (a campaign belongs to one province), uploads them over HTTP, and COPYs the
 * same rows into an empty table with the model table's indexes. Peak heap comes from the service's GC log.
 * Runs only when asked for: {@code -Ddvk.bench.rows=1000000 [-Ddvk.bench.provinces=01,38,40,79]}; see
 * docs/benchmarks.md.
 */
class IngestBenchmark {

    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    @Test
    @EnabledIfSystemProperty(named = "dvk.bench.rows", matches = "\\d+")
    void uploadsRegistrationsAtCopySpeed() throws Exception {
        int rows = Integer.parseInt(System.getProperty("dvk.bench.rows"));
        List<String> provinces =
                List.of(System.getProperty("dvk.bench.provinces", "01,38,40,79").split(","));
        Path work = Files.createTempDirectory("dvk-ingest-bench");
        Map<String, List<String>> communes = RegistrationFiles.communes(provinces);
        System.out.println("service log: " + work.resolve("service.log"));
        try (ServiceProcess service =
                ServiceProcess.start(work, Map.of(), "-Xmx512m", "-Xlog:gc:file=" + work.resolve("gc.log"))) {
            String token = service.login("admin");
            Map<String, Long> campaigns = new LinkedHashMap<>();
            for (String province : provinces) {
                campaigns.put(
                        province, service.createCampaign(token, province, "Đo tốc độ nhập liệu " + province, 2024));
            }
            Map<String, Path> files = generate(work, communes, rows);
            try (Connection db = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + databasePort(work) + "/dvk", "postgres", "")) {
                double copyRate = rawCopy(db, files, rows);
                long started = System.nanoTime();
                int stored = 0;
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    stored += upload(service, token, campaigns.get(file.getKey()), file.getValue());
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double endToEnd = rows / seconds;
                System.out.printf(
                        "rows:               %,d over %d provinces (%,d communes)%n",
                        rows,
                        provinces.size(),
                        communes.values().stream().mapToInt(List::size).sum());
                System.out.printf("stored:             %,d rows in %.1f s%n", stored, seconds);
                System.out.printf("end-to-end:         %,.0f rows/s (HTTP upload start → committed)%n", endToEnd);
                System.out.printf(
                        "raw COPY:           %,.0f rows/s (same rows, empty table, model's indexes)%n", copyRate);
                System.out.printf("ratio:              %.0f%%%n", 100 * endToEnd / copyRate);
                System.out.printf("service peak heap:  %d MiB (of -Xmx512m, from the GC log)%n", peakHeap(work));
            }
        }
    }

    /**
     * The duplicate check's cost (docs/benchmarks.md): in one run, two campaigns of one province, the check on in
     * one (threshold 0.6) and off in the other, each first given the same {@code rows} registrations; then the same
     * second batch of {@code rows} new registrations (same communes and registrants, other model names) is timed
     * into each. {@code -Ddvk.bench.duplicates=100000 [-Ddvk.bench.province=01]}.
     */
    @Test
    @EnabledIfSystemProperty(named = "dvk.bench.duplicates", matches = "\\d+")
    void duplicateCheckCostsAgainstTheSameBatchWithout() throws Exception {
        int rows = Integer.parseInt(System.getProperty("dvk.bench.duplicates"));
        String province = System.getProperty("dvk.bench.province", "01");
        Path work = Files.createTempDirectory("dvk-duplicates-bench");
        List<String> communes = RegistrationFiles.communes(List.of(province)).get(province);
        Path first = work.resolve("first.csv");
        Path second = work.resolve("second.csv");
        RegistrationFiles.write(first, communes, rows);
        RegistrationFiles.write(second, communes, rows, "Dân vận khéo trong bảo vệ môi trường số ");
        System.out.println("service log: " + work.resolve("service.log"));
        try (ServiceProcess service = ServiceProcess.start(work, Map.of(), "-Xmx512m")) {
            String token = service.login("admin");
            long checked = service.createCampaign(token, province, "Kiểm tra trùng lặp", 2024);
            long unchecked = service.createCampaign(token, province, "Không kiểm tra trùng lặp", 2024);
            String off = service.send(service.put(
                            "/api/campaigns/" + unchecked + "/duplicate-threshold", token, "{\"threshold\": null}"))
                    .body();
            if (off.contains("threshold\":0")) {
                throw new IllegalStateException("The check was not switched off: " + off);
            }
            upload(service, token, checked, first);
            upload(service, token, unchecked, first);
            // statistics as autovacuum leaves them a minute after a batch: a plan made on the empty table's
            // would measure the planner, not the check
            analyze(work);
            String loadBefore = uptime();
            long started = System.nanoTime();
            upload(service, token, unchecked, second);
            double without = (System.nanoTime() - started) / 1e9;
            analyze(work);
            started = System.nanoTime();
            String answer = service.send(service.post(
                            "/api/campaigns/" + checked + "/batches/registrations?period=2024",
                            token,
                            "text/csv",
                            HttpRequest.BodyPublishers.ofFile(second)))
                    .body();
            double with = (System.nanoTime() - started) / 1e9;
            Matcher warnings =
                    Pattern.compile("\"warningTotal\"\\s*:\\s*(\\d+)").matcher(answer);
            if (!warnings.find()) {
                throw new IllegalStateException(
                        "Upload failed: " + answer.substring(0, Math.min(2000, answer.length())));
            }
            System.out.printf(
                    "rows:               %,d per batch, %,d communes of %s, %,d models already in each%n",
                    rows, communes.size(), province, rows);
            System.out.printf("without the check:  %.1f s%n", without);
            System.out.printf("with the check:     %.1f s (%s warnings)%n", with, warnings.group(1));
            System.out.printf("ratio:              %.2f%n", with / without);
            System.out.println("load before:        " + loadBefore);
            System.out.println("load after:         " + uptime());
        }
    }

    private static void analyze(Path work) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + databasePort(work) + "/dvk", "postgres", "");
                Statement st = db.createStatement()) {
            st.execute("ANALYZE model");
        }
    }

    private static String uptime() throws IOException, InterruptedException {
        Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
        String out = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        uptime.waitFor();
        return out;
    }

    private static int upload(ServiceProcess service, String token, long campaign, Path file) throws Exception {
        String body = service.send(service.post(
                        "/api/campaigns/" + campaign + "/batches/registrations?period=2024",
                        token,
                        "text/csv",
                        HttpRequest.BodyPublishers.ofFile(file)))
                .body();
        Matcher inserted = Pattern.compile("\"inserted\"\\s*:\\s*(\\d+)").matcher(body);
        if (!inserted.find()) {
            throw new IllegalStateException("Upload failed: " + body.substring(0, Math.min(body.length(), 2000)));
        }
        return Integer.parseInt(inserted.group(1));
    }

    /** One CSV per province, rows spread over its communes in proportion to their number. */
    private static Map<String, Path> generate(Path work, Map<String, List<String>> communes, int rows)
            throws IOException {
        int total = communes.values().stream().mapToInt(List::size).sum();
        Map<String, Path> files = new LinkedHashMap<>();
        int written = 0;
        int index = 0;
        for (Map.Entry<String, List<String>> province : communes.entrySet()) {
            index++;
            int share = index == communes.size()
                    ? rows - written
                    : (int) ((long) rows * province.getValue().size() / total);
            Path file = work.resolve("registrations-" + province.getKey() + ".csv");
            RegistrationFiles.write(file, province.getValue(), share);
            files.put(province.getKey(), file);
            written += share;
        }
        return files;
    }

    /** The same rows, already resolved, COPied into an empty copy of the model table with all its indexes. */
    private static double rawCopy(Connection db, Map<String, Path> files, int rows) throws Exception {
        Map<String, Long> unitIds = new HashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT code, id FROM unit WHERE valid_from <= '2024-12-14' AND coalesce(valid_to, 'infinity') >= '2024-12-14'")) {
            while (rs.next()) {
                unitIds.put(rs.getString(1), rs.getLong(2));
            }
        }
        Path copy = files.values().iterator().next().resolveSibling("raw-copy.tsv");
        try (BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            long id = 0;
            for (Path file : files.values()) {
                try (BufferedReader in = Files.newBufferedReader(file)) {
                    in.readLine();
                    in.readLine();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] c = line.split(",");
                        id++;
                        out.write("1\t" + id + "\t1\t" + unitIds.get(c[1]) + "\t1\tM" + id + "\tcollective\t" + c[2]
                                + "\t" + Texts.key(c[2]) + "\t" + c[3] + "\t" + Texts.key(c[3]) + "\t{1}\t" + c[7]
                                + "\t" + c[8]
                                + "\tHoàn thành 100%, đúng hạn\tnew\t\\N\t1\t1\t2024-02-01 09:30:00+07\tf\n");
                    }
                }
            }
        }
        try (Statement st = db.createStatement()) {
            st.execute("DROP TABLE IF EXISTS raw_copy_model");
            st.execute("CREATE TABLE raw_copy_model (LIKE model INCLUDING DEFAULTS INCLUDING INDEXES)");
        }
        long started = System.nanoTime();
        try (Reader in = Files.newBufferedReader(copy)) {
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY raw_copy_model (province_id, id, campaign_id, "
                                    + "unit_id, period_id, code, registrant_type, registrant_name, registrant_key, model_name, model_key, "
                                    + "field_ids, implementation_form, time_frame, expected_result, status, note, version, batch_id, "
                                    + "received_at, late) FROM STDIN",
                            in);
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    private static int databasePort(Path work) throws IOException {
        return Integer.parseInt(Files.readAllLines(work.resolve("data/postgres/postmaster.pid"))
                .get(3)
                .trim());
    }

    private static long peakHeap(Path work) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(work.resolve("gc.log"))) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }
}
