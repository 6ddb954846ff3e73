package dvk.client;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The document the client was generated from: the file micronaut-openapi wrote into platform's classes. */
final class OpenApiDocument {

    private OpenApiDocument() {}

    static Path path() {
        String path = System.getProperty("dvk.openapi.document");
        if (path == null) {
            throw new IllegalStateException(
                    "dvk.openapi.document is not set (api-client/pom.xml sets it for surefire)");
        }
        return Path.of(path);
    }

    static String text() throws IOException {
        return Files.readString(path());
    }

    static SwaggerParseResult parse() throws IOException {
        ParseOptions options = new ParseOptions();
        // resolve nothing: the document is checked as written, as a client generator reads it
        options.setResolve(false);
        return new OpenAPIV3Parser().readContents(text(), null, options);
    }

    static OpenAPI model() throws IOException {
        return parse().getOpenAPI();
    }
}
