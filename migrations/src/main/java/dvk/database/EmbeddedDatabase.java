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
import java.util.Optional;

/**
 * A real PostgreSQL server run from a jar, with its data in a folder of the user's that survives restarts.
 * The library starts PostgreSQL tuned for throwaway test data; users keep real data in it, so
 * durability settings are switched back on.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "dvk";
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts the server on the data folder (created on first use), after stopping a server a killed service left
     * running there, and makes sure the DVK database exists.
     */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverPostmaster.stopIfAny(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off");
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
            database.createDatabaseIfMissing(DATABASE);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
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
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
