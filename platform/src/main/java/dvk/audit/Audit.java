package dvk.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Appends to the audit trail. An entry about a change is written in the change's own transaction, so the trail
 * holds exactly what was committed; the database refuses to change or remove an entry (V53).
 */
@Singleton
public class Audit {

    private static final String INSERT = """
            INSERT INTO audit_entry (province_id, unit_id, unit_path, actor_id, actor, action, campaign_id, subject,
                                     details, address)
            VALUES (?, ?, (SELECT path FROM unit WHERE id = ?), ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    Audit(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** In the caller's transaction, or on its own when there is none. */
    @Transactional
    public void record(AuditEntry entry) {
        jdbc.execute(connection -> {
            record(connection, entry);
            return null;
        });
    }

    /** On the connection of the transaction making the change. */
    public void record(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            setLong(ps, 1, entry.provinceId());
            setLong(ps, 2, entry.unitId());
            setLong(ps, 3, entry.unitId());
            setLong(ps, 4, entry.actorId());
            ps.setString(5, entry.actor());
            ps.setString(6, entry.action());
            setLong(ps, 7, entry.campaignId());
            ps.setString(8, entry.subject());
            ps.setString(9, json.writeValueAsString(entry.details()));
            ps.setString(10, entry.address());
            ps.executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
