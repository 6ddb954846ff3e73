package dvk.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.reports.PackRenderer;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Once the server is up, the pack templates for every campaign's field count compile without a pack asked. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateWarmUpTest implements DatabaseTest {

    @Inject
    PackRenderer renderer;

    @Inject
    ApplicationContext context;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("dvk.packs.warm-up", "true");
        return properties;
    }

    @Test
    void theTemplatesOfEveryFieldCountAreCompiledBeforeTheFirstPack() throws Exception {
        long fieldCounts = Sql.of(context)
                .number("SELECT count(DISTINCT n) FROM (SELECT count(*) AS n"
                        + " FROM campaign_field GROUP BY province_id, campaign_id) c");
        assertTrue(fieldCounts >= 2, "the demo campaigns have at least two field counts, found " + fieldCounts);
        for (int i = 0; i < 240 && renderer.compiledTemplates() < 2 * fieldCounts; i++) {
            Thread.sleep(250);
        }
        // a body and an annex template per field count, and no pack was requested
        assertEquals(2 * fieldCounts, renderer.compiledTemplates());
        assertEquals(0, Sql.of(context).number("SELECT count(*) FROM pack"));
    }
}
