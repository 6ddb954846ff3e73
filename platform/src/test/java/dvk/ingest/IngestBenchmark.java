package dvk.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<String> provinces = List.of(System.getProperty("dvk.bench.provinces", "01,38,40,79").split(","));
        Path work = Files.createTempDirectory("dvk-ingest-bench");
        Map<String, List<String>> communes = communes(provinces);
        int port = freePort();
        Process service = startService(work, port);
        try {
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            waitUntilUp(http, base);
            String token = login(http, base);
            Map<String, Long> campaigns = new LinkedHashMap<>();
            for (String province : provinces) {
                campaigns.put(province, createCampaign(http, base, token, province));
            }
            Map<String, Path> files = generate(work, communes, rows);
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort(work)
                    + "/dvk", "postgres", "")) {
                double copyRate = rawCopy(db, files, rows);
                long started = System.nanoTime();
                int stored = 0;
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    stored += upload(http, base, token, campaigns.get(file.getKey()), file.getValue());
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double endToEnd = rows / seconds;
                System.out.printf("rows:               %,d over %d provinces (%,d communes)%n", rows, provinces.size(),
                        communes.values().stream().mapToInt(List::size).sum());
                System.out.printf("stored:             %,d rows in %.1f s%n", stored, seconds);
                System.out.printf("end-to-end:         %,.0f rows/s (HTTP upload start → committed)%n", endToEnd);
                System.out.printf("raw COPY:           %,.0f rows/s (same rows, empty table, model's indexes)%n",
                        copyRate);
                System.out.printf("ratio:              %.0f%%%n", 100 * endToEnd / copyRate);
                System.out.printf("service peak heap:  %d MiB (of -Xmx512m, from the GC log)%n", peakHeap(work));
            }
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static Process startService(Path work, int port) throws IOException {
        Path log = work.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m",
                "-Xlog:gc:file=" + work.resolve("gc.log"), "-cp", System.getProperty("java.class.path"),
                "dvk.Application").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DVK_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("DVK_DEMO", "true");
        System.out.println("service log: " + log);
        return builder.start();
    }

    private static void waitUntilUp(HttpClient http, String base) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the service is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service did not start");
    }

    private static String login(HttpClient http, String base) throws Exception {
        String body = post(http, base + "/login", null, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"dvk-demo\"}"));
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("Login failed: " + body);
        }
        return token.group(1);
    }

    private static long createCampaign(HttpClient http, String base, String token, String province) throws Exception {
        String document = """
                {"issuerCode":"%s","name":"Đo tốc độ nhập liệu %s","firstYear":2024,"lastYear":2024,
                 "fields":[{"code":"KT","name":"Kinh tế"},{"code":"VHXH","name":"Văn hóa xã hội"},
                           {"code":"ANQP","name":"An ninh quốc phòng"}]}""".formatted(province, province);
        String body = post(http, base + "/api/campaigns", token, "application/json",
                HttpRequest.BodyPublishers.ofString(document));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("Could not create the campaign: " + body);
        }
        return Long.parseLong(id.group(1));
    }

    private static int upload(HttpClient http, String base, String token, long campaign, Path file) throws Exception {
        String body = post(http, base + "/api/campaigns/" + campaign + "/batches/registrations?period=2024", token,
                "text/csv", HttpRequest.BodyPublishers.ofFile(file));
        Matcher inserted = Pattern.compile("\"inserted\"\\s*:\\s*(\\d+)").matcher(body);
        if (!inserted.find()) {
            throw new IllegalStateException("Upload failed: " + body.substring(0, Math.min(body.length(), 2000)));
        }
        return Integer.parseInt(inserted.group(1));
    }

    private static String post(HttpClient http, String uri, String token, String type,
                               HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", type)
                .timeout(Duration.ofMinutes(30)).POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Each province's communes of the 3-level structure, from the unit list the service loads. */
    private static Map<String, List<String>> communes(List<String> provinces) throws IOException {
        Map<String, String> parent = new HashMap<>();
        List<String[]> units = new ArrayList<>();
        try (InputStream in = IngestBenchmark.class.getResourceAsStream("/units/vn-units-2024.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",");
                units.add(cells);
                parent.put(cells[0], cells[3]);
            }
        }
        Map<String, List<String>> communes = new LinkedHashMap<>();
        provinces.forEach(p -> communes.put(p, new ArrayList<>()));
        for (String[] unit : units) {
            if ("commune".equals(unit[2]) && communes.containsKey(parent.get(unit[3]))) {
                communes.get(parent.get(unit[3])).add(unit[0]);
            }
        }
        return communes;
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
            int share = index == communes.size() ? rows - written
                    : (int) ((long) rows * province.getValue().size() / total);
            Path file = work.resolve("registrations-" + province.getKey() + ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("\uFEFFTT,Mã đơn vị,\"Tên tập thể, cá nhân\",Tên mô hình,Kinh tế,Văn hóa xã hội,ANQP,"
                        + "Hình thức thực hiện,Thời gian thực hiện,Dự kiến kết quả,Tình trạng,Ghi chú\r\n");
                out.write("I,Tập thể,,,,,,,,,,\r\n");
                List<String> units = province.getValue();
                for (int i = 0; i < share; i++) {
                    String unit = units.get(i % units.size());
                    int n = i / units.size() + 1;
                    out.write(i + 1 + "," + unit + ",Chi bộ thôn Nậm " + n + ",Dân vận khéo trong xây dựng nông thôn mới số "
                            + n + "," + (i % 3 == 0 ? "1" : "") + "," + (i % 3 == 1 ? "x" : "") + ","
                            + (i % 3 == 2 ? "1" : "") + ",Tuyên truyền đến từng hộ,Cả năm,\"Hoàn thành 100%, đúng hạn\","
                            + (i % 5 == 0 ? "Tiếp tục" : "Mới") + ",\r\n");
                }
            }
            files.put(province.getKey(), file);
            written += share;
        }
        return files;
    }

    /** The same rows, already resolved, COPied into an empty copy of the model table with all its indexes. */
    private static double rawCopy(Connection db, Map<String, Path> files, int rows) throws Exception {
        Map<String, Long> unitIds = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
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
                                + "\t" + c[8] + "\tHoàn thành 100%, đúng hạn\tnew\t\\N\t1\t1\t2024-02-01 09:30:00+07\tf\n");
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
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY raw_copy_model (province_id, id, campaign_id, "
                    + "unit_id, period_id, code, registrant_type, registrant_name, registrant_key, model_name, model_key, "
                    + "field_ids, implementation_form, time_frame, expected_result, status, note, version, batch_id, "
                    + "received_at, late) FROM STDIN", in);
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    private static int databasePort(Path work) throws IOException {
        return Integer.parseInt(Files.readAllLines(work.resolve("data/postgres/postmaster.pid")).get(3).trim());
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
