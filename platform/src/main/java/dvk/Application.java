package dvk;

import dvk.backups.BackupCommand;
import dvk.database.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

@OpenAPIDefinition(
        info =
                @Info(
                        title = "DVK API",
                        version = "1",
                        description =
                                "Báo cáo phong trào thi đua \"Dân vận khéo\" — registrations, results, rollups and report packs"),
        servers = @Server(url = "/", description = "the service that serves this document"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        StartupSettings settings = StartupSettings.from(System.getenv());
        if (BackupCommand.handles(args)) {
            System.exit(new BackupCommand(settings.dataDirectory(), System.getenv(), System.out).run(args));
        }
        EmbeddedDatabase embedded = settings.externalDatabase()
                ? null
                : EmbeddedDatabase.start(settings.dataDirectory().resolve("postgres"), true);
        Map<String, Object> properties = new HashMap<>(settings.properties());
        if (embedded != null) {
            properties.put("datasources.default.url", embedded.jdbcUrl(EmbeddedDatabase.DATABASE));
            properties.put("datasources.default.username", EmbeddedDatabase.USER);
            properties.put("micronaut.server.multipart.location", uploadFolder(settings));
            properties.put(
                    "dvk.backups.folder",
                    settings.dataDirectory().resolve("backups").toAbsolutePath().toString());
            properties.put(
                    "dvk.database-description",
                    "embedded PostgreSQL in "
                            + settings.dataDirectory().resolve("postgres").toAbsolutePath());
        }
        ApplicationContext context;
        try {
            Micronaut micronaut =
                    Micronaut.build(args).mainClass(Application.class).properties(properties);
            if (embedded != null) {
                micronaut.singletons(embedded);
                embedded.supervise(Duration.ofSeconds(2));
            }
            context = micronaut.start();
        } catch (RuntimeException e) {
            // the embedded server's threads would keep a failed start alive forever
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        // the embedded server must outlive the connection pool, so it stops after the context. Micronaut's own
        // hook stops the HTTP server and then the context; closing the context first deadlocked with it, so this
        // hook takes the same path, which waits for the other instead.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            context.findBean(EmbeddedApplication.class).ifPresent(EmbeddedApplication::stop);
                            context.close();
                            if (embedded != null) {
                                embedded.close();
                            }
                        },
                        "dvk-shutdown"));
    }

    /** Uploads spool in the data folder (0700), not in a /tmp every account on the machine can list. */
    private static String uploadFolder(StartupSettings settings) {
        Path folder = settings.dataDirectory().resolve("uploads").toAbsolutePath();
        try {
            OwnerOnly.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the upload folder " + folder, e);
        }
        return folder.toString();
    }
}
