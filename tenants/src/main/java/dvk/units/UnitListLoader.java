package dvk.units;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads Vietnam's official unit lists (shipped in {@code units/}) on the first start: COPY into a
 * staging table, then one recursive INSERT that assigns ids, parents and materialized paths.
 */
@Singleton
public class UnitListLoader {

    private static final Logger LOG = LoggerFactory.getLogger(UnitListLoader.class);

    /** The 3-level list is used for every period before the 2025 reform; its true start date is not in the data. */
    static final LocalDate THREE_LEVEL_FROM = LocalDate.of(2000, 1, 1);

    static final LocalDate THREE_LEVEL_TO = LocalDate.of(2025, 6, 30);
    public static final LocalDate TWO_LEVEL_FROM = LocalDate.of(2025, 7, 1);

    private static final String STAGE = """
            CREATE TEMP TABLE unit_import (code text, name text, level text, parent_code text, type text)
            ON COMMIT DROP
            """;
    private static final String INSERT = """
            WITH RECURSIVE staged AS MATERIALIZED (
                SELECT nextval('unit_id_seq') AS id, code, name, level, nullif(parent_code, '') AS parent_code, type
                  FROM unit_import
            ), tree AS (
                SELECT s.id, s.id AS province_id, s.code, s.name, s.level, s.type, NULL::bigint AS parent_id,
                       text2ltree(s.id::text) AS path
                  FROM staged s WHERE s.parent_code IS NULL
                UNION ALL
                SELECT s.id, t.province_id, s.code, s.name, s.level, s.type, t.id, t.path || s.id::text
                  FROM staged s JOIN tree t ON s.parent_code = t.code
            )
            INSERT INTO unit (province_id, id, code, name, level, type, parent_id, path, valid_from, valid_to)
            SELECT province_id, id, code, normalize(name, NFC), level, type, parent_id, path, ?, ?
              FROM tree
            """;

    private final JdbcOperations jdbc;

    public UnitListLoader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Loads both structures and the mapping unless units are already there; returns the number of units loaded. */
    @Transactional
    public long loadIfEmpty() {
        return jdbc.execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                // one loader at a time when several instances start on a fresh database
                statement.execute("LOCK TABLE unit IN EXCLUSIVE MODE");
                var rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM unit)");
                rs.next();
                if (rs.getBoolean(1)) {
                    return 0L;
                }
            }
            long started = System.nanoTime();
            long loaded = loadStructure(connection, "units/vn-units-2024.csv", THREE_LEVEL_FROM, THREE_LEVEL_TO)
                    + loadStructure(connection, "units/vn-units-2025.csv", TWO_LEVEL_FROM, null);
            copy(
                    connection,
                    "COPY unit_mapping (old_code, new_code, old_level, new_level, coverage, evidence,"
                            + " old_name, new_name) FROM STDIN WITH (FORMAT csv, HEADER true)",
                    "units/vn-units-2025-mapping.csv");
            long links;
            try (Statement statement = connection.createStatement();
                    var rs = statement.executeQuery("SELECT link_unit_succession()")) {
                rs.next();
                links = rs.getLong(1);
            }
            LOG.info(
                    "Loaded {} units and {} lineage links in {} ms",
                    loaded,
                    links,
                    (System.nanoTime() - started) / 1_000_000);
            return loaded;
        });
    }

    private long loadStructure(Connection connection, String resource, LocalDate from, LocalDate to)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
        }
        copy(connection, "COPY unit_import FROM STDIN WITH (FORMAT csv, HEADER true)", resource);
        long inserted;
        try (var insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, from);
            insert.setObject(2, to);
            inserted = insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE unit_import");
        }
        return inserted;
    }

    private static void copy(Connection connection, String sql, String resource) throws SQLException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        try (InputStream in = UnitListLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing unit list " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            copyManager.copyIn(sql, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
