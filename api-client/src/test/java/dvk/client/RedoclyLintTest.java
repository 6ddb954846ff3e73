package dvk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redocly's linter (its recommended rules) over the served document: swagger-parser accepts documents that the
 * OpenAPI specification forbids (two paths that differ only in a variable's name passed it), Redocly does not.
 * Needs Node.js's {@code npx} and the npm registry; without {@code npx} the test is skipped with the reason,
 * except in CI ({@code CI=true}), where that is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedoclyLintTest {

    private final ObjectMapper json = new ObjectMapper();
    private String version;

    @BeforeAll
    void needsNpx() {
        version = System.getProperty("dvk.redocly.version");
        assertTrue(version != null && !version.isBlank(), "dvk.redocly.version is set by api-client/pom.xml");
        String reason = "the OpenAPI lint needs Node.js's npx on the PATH (Debian: nodejs, npm)";
        boolean present = onPath("npx");
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(present, reason);
        }
        Assumptions.assumeTrue(present, reason);
    }

    @Test
    void theServedDocumentHasNoLintErrors() throws Exception {
        JsonNode report = lint(OpenApiDocument.path());
        assertEquals(version, report.path("version").asText(), "the pinned Redocly ran");
        List<String> errors = problems(report, "error");
        assertEquals(List.of(), errors, "Redocly errors in " + OpenApiDocument.path());
        System.out.println("redocly " + version + ": 0 errors, warnings " + problems(report, "warn"));
    }

    /** The lint can fail: the same document with one path that the specification calls identical to another. */
    @Test
    void anIdenticalPathIsAnError(@TempDir Path dir) throws Exception {
        String document = OpenApiDocument.text();
        String path = "  /api/campaigns/{id}/batches/{batch}:\n";
        assertTrue(document.contains(path), "the document has the batches path this test copies");
        Path broken = dir.resolve("identical-paths.yml");
        Files.writeString(
                broken,
                document.replace(
                        path,
                        "  /api/campaigns/{id}/batches/{other}:\n    get: {responses: {'200': {description: x}}}\n"
                                + path),
                StandardCharsets.UTF_8);
        List<String> errors = problems(lint(broken), "error");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("no-identical-paths")), "errors: " + errors);
    }

    private JsonNode lint(Path document) throws IOException, InterruptedException {
        Path out = Files.createTempFile("redocly", ".json");
        try {
            Process process = new ProcessBuilder(
                            "npx", "-y", "@redocly/cli@" + version, "lint", document.toString(), "--format=json")
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "redocly finished within 5 minutes");
            String text = Files.readString(out, StandardCharsets.UTF_8);
            // its JSON report starts at the first brace; npm may print notices before it
            int start = text.indexOf('{');
            assertTrue(start >= 0, "redocly wrote a JSON report (exit " + process.exitValue() + "): " + text);
            JsonNode report = json.readTree(text.substring(start));
            assertTrue(report.has("totals") && report.has("problems"), "a lint report: " + text);
            return report;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static List<String> problems(JsonNode report, String severity) {
        List<String> found = new ArrayList<>();
        for (JsonNode problem : report.path("problems")) {
            if (severity.equals(problem.path("severity").asText())) {
                found.add(problem.path("ruleId").asText() + ": "
                        + problem.path("message").asText() + " at "
                        + problem.path("location").path(0).path("pointer").asText());
            }
        }
        return found;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
