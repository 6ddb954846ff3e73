package dvk.start;

import dvk.demo.DemoLoader;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the person who started the service where it is and how to log in. */
@Singleton
class StartBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartBanner.class);

    private final boolean demoEnabled;
    private final String database;

    StartBanner(
            @Value("${dvk.demo:false}") boolean demoEnabled,
            @Value("${dvk.database-description:external PostgreSQL}") String database) {
        this.demoEnabled = demoEnabled;
        this.database = database;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        String address = event.getSource().getURL().toString();
        StringBuilder banner = new StringBuilder()
                .append("\n\n  DVK đang chạy tại / DVK is running at ")
                .append(address)
                .append("\n  Database: ")
                .append(database)
                .append("\n  API docs: ")
                .append(address)
                .append("/swagger-ui")
                .append("\n  Health:   ")
                .append(address)
                .append("/health");
        if (demoEnabled) {
            banner.append("\n\n  Demo logins (password \"")
                    .append(DemoLoader.PASSWORD)
                    .append("\"):");
            for (DemoLoader.DemoLogin login : DemoLoader.LOGINS) {
                banner.append(String.format(
                        "%n    %-7s %-9s %s", login.username(), login.role().sqlName(), login.unitDescription()));
            }
        }
        LOG.info("{}\n", banner);
    }
}
