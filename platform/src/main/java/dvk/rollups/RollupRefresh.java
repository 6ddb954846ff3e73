package dvk.rollups;

import dvk.submissions.SubmissionsChanged;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Keeps {@code rollup_unit} and {@code rollup_unit_field} equal to a recount of the base rows. It runs inside
 * the batch's transaction (the event is published synchronously there, and {@link JdbcOperations} is bound to
 * that transaction's connection), so figures change at the same commit as the data. Only the units the batch
 * touched are recomputed, for every period of the campaign, because a registration counts in every period
 * from its own onwards.
 */
@Singleton
public class RollupRefresh {

    /** First key of the advisory lock; the second is the campaign id. */
    private static final int LOCK_CLASS = 5_2001;

    private static final NamedSql TOUCHED = NamedSql.resource("touched-units.sql");
    private static final NamedSql UNITS = NamedSql.resource("refresh.sql");
    private static final NamedSql FIELDS = NamedSql.resource("refresh-fields.sql");
    private static final NamedSql DELETE_UNITS = NamedSql.of("""
            DELETE FROM rollup_unit WHERE campaign_id = :campaign AND (:all OR unit_id = ANY(:units))""");
    private static final NamedSql DELETE_FIELDS = NamedSql.of("""
            DELETE FROM rollup_unit_field WHERE campaign_id = :campaign AND (:all OR unit_id = ANY(:units))""");

    private final JdbcOperations jdbc;

    RollupRefresh(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onSubmissionsChanged(SubmissionsChanged event) {
        jdbc.execute(connection -> {
            long[] units = touchedUnits(connection, event);
            recompute(connection, event.provinceId(), event.campaignId(), false, units);
            return null;
        });
    }

    /** Recomputes every unit of a campaign: after a bulk load, or to repair. */
    @Transactional
    public void refreshCampaign(long provinceId, long campaignId) {
        jdbc.execute(connection -> {
            recompute(connection, provinceId, campaignId, true, new long[0]);
            return null;
        });
    }

    private static long[] touchedUnits(Connection connection, SubmissionsChanged event) throws SQLException {
        try (PreparedStatement ps = TOUCHED.prepare(connection,
                Map.of("province", event.provinceId(), "batch", event.batchId()));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Long[] ids = (Long[]) rs.getArray(1).getArray();
            long[] units = new long[ids.length];
            for (int i = 0; i < ids.length; i++) {
                units[i] = ids[i];
            }
            return units;
        }
    }

    private static void recompute(Connection connection, long provinceId, long campaignId, boolean all, long[] units)
            throws SQLException {
        // concurrent batches of one campaign would otherwise both delete and re-insert the same rows
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, (int) campaignId);
            lock.execute();
        }
        Map<String, Object> values = Map.of("province", provinceId, "campaign", campaignId, "all", all,
                "units", units);
        for (NamedSql statement : new NamedSql[] {DELETE_UNITS, DELETE_FIELDS, UNITS, FIELDS}) {
            try (PreparedStatement ps = statement.prepare(connection, values)) {
                ps.executeUpdate();
            }
        }
    }
}
