package dvk.rollups;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the aggregates of every campaign at start when they were counted under another rollup schema: the
 * {@link FigureList#version() version} of the figure list and counting statements is kept as the start step
 * {@code rollup-schema <version>}, so a database upgraded to a release with a new or changed figure (or from
 * before V40) shows its figures, and one going back to an earlier release is recounted too. The step commits
 * with the rows; on a new database it runs before any campaign exists and only records the version.
 */
@Singleton
public class RollupRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(RollupRebuild.class);
    private static final String STEP = "rollup-schema ";
    /** First key of the advisory lock that makes instances starting together rebuild once. */
    private static final int LOCK_CLASS = 5_2002;

    private final JdbcOperations jdbc;
    private final RollupRefresh refresh;
    private final FigureSql figureSql;
    private final String version;

    public RollupRebuild(JdbcOperations jdbc, RollupRefresh refresh, FigureSql figureSql, FigureList figures) {
        this.jdbc = jdbc;
        this.refresh = refresh;
        this.figureSql = figureSql;
        this.version = figures.version();
    }

    /** The version the stored aggregates were counted under; null when none is recorded. */
    @Transactional(readOnly = true)
    public String storedVersion() {
        return jdbc.prepareStatement(
                "SELECT name FROM start_step WHERE name LIKE 'rollup-schema %'",
                ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1).substring(STEP.length()) : null;
                    }
                });
    }

    @Transactional
    public void rebuildIfChanged() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?, 0)", ps -> {
            ps.setInt(1, LOCK_CLASS);
            return ps.execute();
        });
        if (version.equals(storedVersion())) {
            return;
        }
        long started = System.nanoTime();
        jdbc.prepareStatement(figureSql.addColumns(), ps -> ps.executeUpdate());
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
        // 'rollup-trees' marked the one rebuild after V40, before there were versions
        jdbc.prepareStatement(
                "DELETE FROM start_step WHERE name LIKE 'rollup-schema %' OR name = 'rollup-trees'",
                ps -> ps.executeUpdate());
        jdbc.prepareStatement("INSERT INTO start_step (name) VALUES (?)", ps -> {
            ps.setString(1, STEP + version);
            return ps.executeUpdate();
        });
        if (!campaigns.isEmpty()) {
            LOG.info(
                    "Rebuilt the rollup aggregates of {} campaigns for rollup schema {} in {} ms",
                    campaigns.size(),
                    version,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
