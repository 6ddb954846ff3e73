package dvk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from a jar, with its data in a folder of the user's that survives restarts.
 * The library starts PostgreSQL tuned for throwaway test data; users keep real data in it, so
 * durability settings are switched back on.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "dvk";
    public static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final boolean durable;
    private final int port;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile EmbeddedPostgres server;
    private volatile boolean down;
    private ScheduledExecutorService supervisor;

    private EmbeddedDatabase(EmbeddedPostgres server, Path dataDirectory, boolean durable) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.port = server.getPort();
    }

    /**
     * Starts the server on the data folder (created on first use), after stopping a server a killed service left
     * running there, and makes sure the DVK database exists.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverPostmaster.stopIfAny(dataDirectory);
            EmbeddedDatabase database =
                    new EmbeddedDatabase(builder(dataDirectory, durable).start(), dataDirectory, durable);
            database.createDatabaseIfMissing(DATABASE);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, boolean durable) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off");
    }

    /**
     * Watches the server every {@code interval} and starts it again, on the same folder and port, when its
     * postmaster has died (killed, out of memory): the connection pool reconnects to the same URL by itself,
     * so the service goes on without anybody at 2 a.m. While it is down {@link #down()} says so.
     */
    public synchronized void supervise(Duration interval) {
        if (supervisor != null) {
            return;
        }
        supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dvk-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the server was found dead and has not been started again yet. */
    public boolean down() {
        return down;
    }

    /** How many times the supervisor started the server again. */
    public int restarts() {
        return restarts.get();
    }

    private void check() {
        try {
            if (LeftoverPostmaster.livePort(dataDirectory).isPresent()) {
                return;
            }
            down = true;
            LOG.error("The embedded PostgreSQL on {} has stopped; starting it again on port {}", dataDirectory, port);
            // releases the folder lock; stopping the dead server only logs that it was not running
            server.close();
            server = builder(dataDirectory, durable).setPort(port).start();
            restarts.incrementAndGet();
            down = false;
            LOG.warn("The embedded PostgreSQL is running again on port {}", port);
        } catch (IOException | RuntimeException e) {
            // its children may still hold the shared memory for a moment: the next check tries again
            LOG.error("Could not start the embedded PostgreSQL again; retrying", e);
        }
    }

    /**
     * The JDBC URL of the embedded server a running service keeps on {@code dataDirectory}, if one is running:
     * a backup reads the live database instead of starting a second server on the same folder.
     */
    public static Optional<String> runningJdbcUrl(Path dataDirectory) {
        try {
            return LeftoverPostmaster.livePort(dataDirectory)
                    .map(port -> "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the postmaster.pid of " + dataDirectory, e);
        }
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    public int port() {
        return server.getPort();
    }

    /** Creates a UTF-8 database; template0 because the cluster's own default encoding depends on the machine's locale. */
    public void createDatabaseIfMissing(String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute(
                    "CREATE DATABASE " + name + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (supervisor != null) {
                supervisor.shutdownNow();
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
