package dvk.support;

import dvk.database.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo with its data (every registration, result and indicator of the demo's units) loaded once per test JVM
 * into a database that the test classes wanting it copy as a template: loading it takes a minute or two, a copy
 * seconds. Static like the test server it lives on: one per JVM, never shared with the application.
 */
final class DemoTemplate {

    private static String template;

    private DemoTemplate() {}

    /** Datasource properties of a new database holding the whole demo. */
    static synchronized Map<String, String> newCopy(Map<String, String> settings) {
        if (template == null) {
            Map<String, String> database = TestDatabase.newDatabaseProperties();
            Map<String, Object> properties = new HashMap<>(settings);
            properties.putAll(database);
            properties.put("dvk.demo", "true");
            properties.put("dvk.demo-data", "true");
            // the application loads the demo while it starts; closing it leaves the database with no connection
            ApplicationContext.builder()
                    .environments("test")
                    .properties(properties)
                    .start()
                    .close();
            template = database.get(TestDatabase.NAME);
        }
        return TestDatabase.newDatabaseFrom(template);
    }
}
