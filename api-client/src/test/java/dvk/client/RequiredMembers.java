package dvk.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares an answer with its schema: each member the schema says is required is there and not null, in the
 * answer and in every object it holds. A generated client trusts those promises (a required member is not
 * checked for null before use), so one the service breaks fails in the client.
 */
final class RequiredMembers {

    private static final String COMPONENTS = "#/components/schemas/";

    private final OpenAPI document;

    RequiredMembers(OpenAPI document) {
        this.document = document;
    }

    /** The paths of the required members that are absent or null, e.g. {@code Rollup.totals.byField[0].code}. */
    List<String> missing(String schemaName, JsonNode answer) {
        List<String> missing = new ArrayList<>();
        walk(schema(COMPONENTS + schemaName), answer, schemaName, missing);
        return missing;
    }

    private void walk(Schema<?> schema, JsonNode node, String path, List<String> missing) {
        if (schema == null || node == null || node.isNull()) {
            return;
        }
        if (schema.get$ref() != null) {
            walk(schema(schema.get$ref()), node, path, missing);
            return;
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> walk(part, node, path, missing));
        }
        if (schema.getItems() != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(schema.getItems(), node.get(i), path + "[" + i + "]", missing);
            }
        }
        if (schema.getRequired() != null) {
            for (String name : schema.getRequired()) {
                if (!node.hasNonNull(name)) {
                    missing.add(path + "." + name);
                }
            }
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                walk(property.getValue(), node.get(property.getKey()), path + "." + property.getKey(), missing);
            }
        }
    }

    private Schema<?> schema(String ref) {
        Schema<?> schema = document.getComponents().getSchemas().get(ref.substring(COMPONENTS.length()));
        if (schema == null) {
            throw new IllegalArgumentException("No schema " + ref);
        }
        return schema;
    }
}
