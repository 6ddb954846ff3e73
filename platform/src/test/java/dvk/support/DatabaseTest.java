package dvk.support;

import dvk.database.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by {@code @MicronautTest} classes (with {@code @TestInstance(PER_CLASS)}): each class gets its
 * own fresh database, migrated and loaded with the real unit lists and the demo users by the application.
 */
public interface DatabaseTest extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("micronaut.server.port", "-1");
        // a test that wants the demo data needs it before its first request
        properties.put("dvk.demo-data-in-background", "false");
        // forty application starts need not compile the pack templates forty times (TemplateWarmUpTest does once)
        properties.put("dvk.packs.warm-up", "false");
        properties.put(
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-secret-that-is-long-enough-for-hs256-signing");
        // the demo's data is loaded once per test JVM and copied; its users and campaigns come with it
        properties.putAll(withDemoData() ? DemoTemplate.newCopy(properties) : TestDatabase.newDatabaseProperties());
        properties.put("dvk.demo", String.valueOf(withDemo() || withDemoData()));
        properties.put("dvk.demo-data", String.valueOf(withDemoData()));
        return properties;
    }

    /** Demo users and campaigns; switch off for tests that build their own fixture. */
    default boolean withDemo() {
        return true;
    }

    /** The demo's registrations, results and indicators for all of Lào Cai: realistic, but costs seconds. */
    default boolean withDemoData() {
        return false;
    }
}
