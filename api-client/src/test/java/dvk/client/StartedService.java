package dvk.client;

import dvk.database.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by the {@code @MicronautTest} classes of this module: the whole service on a free port, on a fresh
 * embedded PostgreSQL database, with the demo's users and campaigns (not their submissions), as platform's
 * {@code dvk.support.DatabaseTest} starts it.
 */
interface StartedService extends TestPropertyProvider {

    String DEMO_PASSWORD = "dvk-demo";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.newDatabaseProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("dvk.demo", "true");
        properties.put("dvk.demo-data", "false");
        properties.put(
                "micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-secret-that-is-long-enough-for-hs256-signing");
        return properties;
    }
}
