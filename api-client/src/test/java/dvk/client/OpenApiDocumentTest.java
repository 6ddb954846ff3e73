package dvk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The document is valid and keeps DVK's conventions for every operation, including ones added after this test:
 * a route that takes the injected {@code Caller} without hiding it, or that leaves out its problem answers, fails
 * here before a client generated from it fails in a province's IT office.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";
    /** Answered by Micronaut's health endpoint, which writes its own body, also when it is down. */
    private static final Set<String> NOT_PROBLEMS = Set.of("health");

    private static final Set<String> ANONYMOUS = Set.of("login", "health");

    OpenAPI document;
    Map<String, Operation> operations;

    @BeforeAll
    void read() throws IOException {
        document = OpenApiDocument.model();
        operations = new LinkedHashMap<>();
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(operation.getOperationId(), operation)));
        // the walks below prove nothing about an empty document
        assertTrue(operations.size() >= 30, "operations: " + operations.keySet());
    }

    @Test
    void theValidatorReportsNothing() throws IOException {
        SwaggerParseResult result = OpenApiDocument.parse();

        assertEquals(List.of(), result.getMessages());
    }

    @Test
    void everyOperationHasASummaryAndTheDocumentAServer() {
        List<String> unnamed = new ArrayList<>();
        operations.forEach((id, operation) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                unnamed.add(id);
            }
        });

        assertEquals(List.of(), unnamed);
        assertEquals(1, document.getServers().size());
    }

    @Test
    void noOperationAsksForTheInjectedCaller() {
        List<String> found = new ArrayList<>();
        operations.forEach((id, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .map(Parameter::getName)
                        .filter("caller"::equalsIgnoreCase)
                        .forEach(name -> found.add(id + " parameter " + name));
            }
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    if (hasCaller(media.getSchema())) {
                        found.add(id + " body " + type);
                    }
                });
            }
        });
        document.getComponents().getSchemas().forEach((name, schema) -> {
            if (hasCaller(schema) || name.equals("Caller")) {
                found.add("schema " + name);
            }
        });

        assertEquals(List.of(), found);
    }

    @Test
    void everyErrorAnswerIsAProblemAndEveryOperationDeclaresSome() {
        List<String> wrong = new ArrayList<>();
        operations.forEach((id, operation) -> {
            if (NOT_PROBLEMS.contains(id)) {
                return;
            }
            Map<String, ApiResponse> responses = operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("4")) || !responses.containsKey("500")) {
                wrong.add(id + " declares " + responses.keySet());
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    MediaType media = response.getContent() == null
                            ? null
                            : response.getContent().get(PROBLEM);
                    if (media == null
                            || response.getContent().size() != 1
                            || !"#/components/schemas/Problem"
                                    .equals(media.getSchema().get$ref())) {
                        wrong.add(id + " " + code);
                    }
                }
            });
        });

        assertEquals(List.of(), wrong);
        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertEquals(Set.of("type", "title", "status", "message_vi", "message_en"), Set.copyOf(problem.getRequired()));
        Schema<?> error = document.getComponents().getSchemas().get("ProblemError");
        assertTrue(error.getProperties().keySet().containsAll(List.of("row", "column", "message_vi", "message_en")));
    }

    @Test
    void everyDownloadIsBinaryAndEverySuccessHasTheStatusTheServiceAnswers() {
        List<String> notBinary = new ArrayList<>();
        operations.forEach((id, operation) -> operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null) {
                response.getContent().forEach((type, media) -> {
                    boolean json = type.equals("application/json");
                    if (!json
                            && !("string".equals(media.getSchema().getType())
                                    && "binary".equals(media.getSchema().getFormat()))) {
                        notBinary.add(id + " " + type);
                    }
                });
            }
        }));

        assertEquals(List.of(), notBinary);
        assertEquals(Set.of("200", "201"), successes("uploadBatch"));
        assertEquals(Set.of("202"), successes("requestPack"));
        assertEquals(Set.of("201"), successes("createCampaign"));
        assertEquals(Set.of("201"), successes("createUser"));
        assertEquals(Set.of("204"), successes("logout"));
        assertEquals(Set.of("204"), successes("resetPassword"));
        assertEquals(
                Set.of("application/zip"),
                operations
                        .get("downloadPack")
                        .getResponses()
                        .get("200")
                        .getContent()
                        .keySet());
        assertEquals(
                Set.of("text/csv", "application/json", "multipart/form-data", "application/octet-stream", "text/plain"),
                operations.get("uploadBatch").getRequestBody().getContent().keySet());
    }

    @Test
    void everyOperationButLoginAndHealthNeedsTheBearerToken() {
        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("bearerAuth");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertEquals("JWT", bearer.getBearerFormat());

        Set<String> open = new TreeSet<>();
        operations.forEach((id, operation) -> {
            List<SecurityRequirement> security = operation.getSecurity();
            if (security == null || security.stream().noneMatch(r -> r.containsKey("bearerAuth"))) {
                open.add(id);
            }
        });

        assertEquals(ANONYMOUS, open);
        assertTrue(document.getPaths().keySet().containsAll(List.of("/login", "/logout", "/health")));
    }

    private Set<String> successes(String operationId) {
        Set<String> codes =
                new TreeSet<>(operations.get(operationId).getResponses().keySet());
        codes.removeIf(code -> !code.startsWith("2"));
        return codes;
    }

    private static boolean hasCaller(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        if (schema.getProperties() != null
                && schema.getProperties().keySet().stream().anyMatch("caller"::equalsIgnoreCase)) {
            return true;
        }
        return schema.getAllOf() != null && schema.getAllOf().stream().anyMatch(OpenApiDocumentTest::hasCaller);
    }
}
