package dvk.rollups;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the aggregates of every campaign once after the migration that introduced them (V40), so a database
 * upgraded from an earlier version shows its figures; the step marker commits with the rows. On a new database
 * it runs before any campaign exists and only sets the marker.
 */
@Singleton
public class RollupRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRebuild.class);
    private static final String STEP = "rollup-trees";

    private final JdbcOperations jdbc;
    private final RollupRefresh refresh;

    public RollupRebuild(JdbcOperations jdbc, RollupRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    @Transactional
    public void rebuildOnce() {
        boolean first = jdbc.prepareStatement(
                "INSERT INTO start_step (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING name", ps -> {
                    ps.setString(1, STEP);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
        if (!first) {
            return;
        }
        long started = System.nanoTime();
        List<long[]> campaigns = jdbc.prepareStatement("SELECT province_id, id FROM campaign ORDER BY id", ps -> {
            List<long[]> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return found;
        });
        for (long[] campaign : campaigns) {
            refresh.refreshCampaign(campaign[0], campaign[1]);
        }
        if (!campaigns.isEmpty()) {
            LOG.info("Rebuilt the rollup aggregates of {} campaigns in {} ms", campaigns.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
