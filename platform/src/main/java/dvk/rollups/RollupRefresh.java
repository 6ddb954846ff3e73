package dvk.rollups;

import dvk.campaigns.CampaignChanged;
import dvk.ingest.BatchKind;
import dvk.submissions.SubmissionsChanged;
import dvk.units.UnitsChanged;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code rollup_tree}, {@code rollup_tree_field} and {@code rollup_candidate} equal to a recount of the
 * base rows. It runs inside the transaction of the change (events are published synchronously there, and
 * {@link JdbcOperations} is bound to that transaction's connection), so figures change at the same commit as
 * the data.
 *
 * The submission status of each form due goes to {@code rollup_tree_form}, one row per kind.
 *
 * <p>A batch recomputes the units it touched and their ancestors, for every period of the campaign (a
 * registration counts in every period from its own onwards): first their own figures from the base rows, then
 * their subtree rows one depth at a time from the deepest, each as its own figures plus its children's rows.
 * The commendation candidates of the same units are replaced too. A new or edited campaign, or a change of
 * the units, rebuilds the campaign's rows whole, because periods and units decide which rows exist (every unit
 * in force during a period has one, empty or not) and due dates decide who is late.
 */
@Singleton
public class RollupRefresh {

    /** First key of the advisory lock; the second is the campaign id. */
    private static final int LOCK_CLASS = 5_2001;

    private static final NamedSql TOUCHED = NamedSql.resource("touched-units.sql");
    private static final String CREATE_NODES = """
            CREATE TEMP TABLE rollup_nodes (unit_id bigint PRIMARY KEY, parent_id bigint, path ltree, depth int,
                                            level text, type text, valid_from date, valid_to date,
                                            in_commune boolean) ON COMMIT DROP""";
    private static final NamedSql NODES = NamedSql.resource("nodes.sql");
    private static final NamedSql ALL_NODES = NamedSql.resource("nodes-all.sql");
    private static final NamedSql OWN_MODELS = NamedSql.resource("own-models.sql");
    private static final NamedSql OWN_FORMS = NamedSql.resource("own-forms.sql");
    private static final NamedSql OWN_FIELDS = NamedSql.resource("own-fields.sql");
    private static final NamedSql TREE_FIELDS = NamedSql.resource("tree-fields.sql");
    private static final NamedSql TREE_FORMS = NamedSql.resource("tree-forms.sql");
    /** Rows of the nodes, every period: found by primary key, node by node. */
    private static final String OF_NODES = """
              USING rollup_nodes n, campaign_period p
             WHERE p.province_id = :province AND p.campaign_id = :campaign
               AND t.province_id = :province AND t.campaign_id = :campaign AND t.period_id = p.id
               AND t.unit_id = n.unit_id""";

    private static final NamedSql DELETE_TREE = NamedSql.of("DELETE FROM rollup_tree t" + OF_NODES);
    private static final NamedSql DELETE_TREE_FIELDS = NamedSql.of("DELETE FROM rollup_tree_field t" + OF_NODES);
    private static final NamedSql DELETE_TREE_FORMS = NamedSql.of("DELETE FROM rollup_tree_form t" + OF_NODES);
    private static final NamedSql DELETE_CANDIDATES = NamedSql.of("""
            DELETE FROM rollup_candidate WHERE province_id = :province AND campaign_id = :campaign
               AND unit_id IN (SELECT unit_id FROM rollup_nodes)""");
    private static final NamedSql CANDIDATES = NamedSql.resource("candidates.sql");
    /** The kinds whose submissions are rated against a due day. */
    private static final String[] KINDS =
            Arrays.stream(BatchKind.values()).map(BatchKind::sqlName).toArray(String[]::new);

    private static final NamedSql DEPTHS = NamedSql.of("""
            SELECT DISTINCT depth FROM rollup_nodes ORDER BY depth DESC""");
    private static final NamedSql CAMPAIGNS_OF_PROVINCE = NamedSql.of("""
            SELECT id FROM campaign WHERE province_id = :province ORDER BY id""");

    private final JdbcOperations jdbc;
    private final FigureSql figureSql;

    RollupRefresh(JdbcOperations jdbc, FigureSql figureSql) {
        this.jdbc = jdbc;
        this.figureSql = figureSql;
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

    @EventListener
    @Transactional
    public void onCampaignChanged(CampaignChanged event) {
        refreshCampaign(event.provinceId(), event.campaignId());
    }

    @EventListener
    @Transactional
    public void onUnitsChanged(UnitsChanged event) {
        jdbc.execute(connection -> {
            for (long campaign : ids(connection, CAMPAIGNS_OF_PROVINCE, Map.of("province", event.provinceId()))) {
                recompute(connection, event.provinceId(), campaign, true, new long[0]);
            }
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
        try (PreparedStatement ps =
                        TOUCHED.prepare(connection, Map.of("province", event.provinceId(), "batch", event.batchId()));
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

    private void recompute(Connection connection, long provinceId, long campaignId, boolean all, long[] units)
            throws SQLException {
        // concurrent batches of one campaign would otherwise both delete and re-insert the same rows
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setInt(2, (int) campaignId);
            lock.execute();
        }
        // a transaction may refresh several times (the demo loads all its batches in one)
        execute(
                connection,
                "DROP TABLE IF EXISTS rollup_nodes, rollup_own_models, rollup_own_form, rollup_own,"
                        + " rollup_own_field");
        Map<String, Object> values =
                Map.of("province", provinceId, "campaign", campaignId, "units", units, "kinds", KINDS);
        execute(connection, CREATE_NODES);
        update(connection, all ? ALL_NODES : NODES, values);
        update(connection, OWN_MODELS, values);
        update(connection, OWN_FORMS, values);
        update(connection, figureSql.own(), values);
        update(connection, OWN_FIELDS, values);
        // without statistics of the scratch tables, the planner may merge-join them quadratically
        execute(
                connection,
                "ANALYZE rollup_nodes",
                "ANALYZE rollup_own",
                "ANALYZE rollup_own_form",
                "ANALYZE rollup_own_field");
        for (NamedSql statement :
                List.of(DELETE_TREE, DELETE_TREE_FIELDS, DELETE_TREE_FORMS, DELETE_CANDIDATES, CANDIDATES)) {
            update(connection, statement, values);
        }
        for (long depth : ids(connection, DEPTHS, values)) {
            Map<String, Object> level = Map.of("province", provinceId, "campaign", campaignId, "depth", (int) depth);
            update(connection, figureSql.tree(), level);
            update(connection, TREE_FIELDS, level);
            update(connection, TREE_FORMS, level);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    private static void update(Connection connection, NamedSql statement, Map<String, Object> values)
            throws SQLException {
        try (PreparedStatement ps = statement.prepare(connection, values)) {
            ps.executeUpdate();
        }
    }

    private static List<Long> ids(Connection connection, NamedSql query, Map<String, Object> values)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = query.prepare(connection, values);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
