package dvk.commendation;

import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commendation tables (V60): quotas, shares, proposals and decisions. Rules live in {@link Commendations}. */
@Singleton
class CommendationLedger {

    /** A quota row of a review. */
    record QuotaRow(long id, long periodId, String review, String award, String registrantType, int count) {}

    /** A model that may be proposed: in the caller's scope, with a result for the period. */
    record ModelRow(long id, String registrantType, String name, String path) {}

    private static final NamedSql SYNC = NamedSql.resource(CommendationLedger.class, "quotas-sync.sql");
    private static final NamedSql QUOTAS = NamedSql.resource(CommendationLedger.class, "quotas.sql");
    private static final NamedSql LEDGER = scoped("ledger.sql", "x.path");
    private static final NamedSql PROPOSALS = scoped("proposals.sql", "u.path");
    private static final NamedSql MODEL = scoped("model.sql", "u.path");

    private final JdbcOperations jdbc;

    CommendationLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement of a file beside this class with the scope rule on {@code path} in the place of {reads}. */
    private static NamedSql scoped(String file, String path) {
        try (InputStream in = CommendationLedger.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + file);
            }
            return NamedSql.of(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{reads}", ScopeSql.reads(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void syncQuotas(long province, long campaign) {
        update(SYNC, Map.of("province", province, "campaign", campaign));
    }

    /** The quotas the campaign has, of one period or (null) of all. */
    List<QuotaRow> quotas(long province, long campaign, @Nullable Long period) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("campaign", campaign);
        values.put("period", period);
        return query(
                QUOTAS,
                values,
                rs -> new QuotaRow(
                        rs.getLong("id"),
                        rs.getLong("period_id"),
                        rs.getString("review"),
                        rs.getString("awarding_body"),
                        rs.getString("registrant_type"),
                        rs.getInt("count")));
    }

    Optional<QuotaRow> quota(long province, long campaign, long id) {
        return quotas(province, campaign, null).stream()
                .filter(q -> q.id() == id)
                .findFirst();
    }

    /** Serialises every change of the quota's ledger until the transaction ends (the triggers take it too). */
    void lock(long province, long quota) {
        number(
                "SELECT 1 FROM commendation_quota WHERE province_id = :province AND id = :quota FOR NO KEY UPDATE",
                province,
                quota,
                0);
    }

    int held(long province, long quota, long unit) {
        return number("SELECT commendation_held(:province, :quota, :unit)", province, quota, unit);
    }

    int used(long province, long quota, long unit) {
        return number("SELECT commendation_used(:province, :quota, :unit)", province, quota, unit);
    }

    int allocation(long province, long quota, long unit) {
        return number(
                "SELECT coalesce((SELECT count FROM commendation_allocation WHERE province_id = :province"
                        + " AND quota_id = :quota AND unit_id = :unit), 0)",
                province,
                quota,
                unit);
    }

    void allocate(long province, long quota, long unit, int count, long userId) {
        update(
                NamedSql.of("""
                        INSERT INTO commendation_allocation (province_id, quota_id, unit_id, count, allocated_by,
                                                             allocated_at)
                        VALUES (:province, :quota, :unit, :count, :user, clock_timestamp())
                        ON CONFLICT (province_id, quota_id, unit_id) DO UPDATE
                           SET count = excluded.count, allocated_by = excluded.allocated_by,
                               allocated_at = excluded.allocated_at"""),
                Map.of("province", province, "quota", quota, "unit", unit, "count", count, "user", userId));
    }

    /** The ledgers of the units (the first unit first) for each quota, by quota id. */
    Map<Long, List<CommendationView.Allocation>> ledgers(
            long province, long[] quotas, long[] units, long first, @Nullable String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("quotas", quotas);
        values.put("units", units);
        values.put("first", first);
        values.put(ScopeSql.PARAMETER, scope);
        Map<Long, List<CommendationView.Allocation>> byQuota = new LinkedHashMap<>();
        for (long quota : quotas) {
            byQuota.put(quota, new ArrayList<>());
        }
        query(LEDGER, values, rs -> {
            byQuota.get(rs.getLong("quota_id"))
                    .add(new CommendationView.Allocation(
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getInt("allocated"),
                            rs.getInt("proposed"),
                            rs.getInt("decided"),
                            rs.getInt("remaining")));
            return null;
        });
        return byQuota;
    }

    /** The proposals about models under {@code under}; one period or all, one proposal or all. */
    List<CommendationView.Proposal> proposals(
            long province,
            long campaign,
            @Nullable Long period,
            @Nullable Long proposal,
            String under,
            @Nullable String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("campaign", campaign);
        values.put("period", period);
        values.put("proposal", proposal);
        values.put("under", under);
        values.put(ScopeSql.PARAMETER, scope);
        return query(
                PROPOSALS,
                values,
                rs -> new CommendationView.Proposal(
                        rs.getLong("id"),
                        rs.getLong("quota_id"),
                        rs.getString("review"),
                        rs.getString("awarding_body"),
                        rs.getString("registrant_type"),
                        rs.getString("model_code"),
                        rs.getString("model_name"),
                        rs.getString("registrant_name"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getString("proposer_code"),
                        rs.getString("proposer_name"),
                        rs.getString("reason"),
                        rs.getString("state"),
                        rs.getString("proposed_by"),
                        rs.getObject("proposed_at", OffsetDateTime.class),
                        rs.getString("decision_number"),
                        rs.getObject("decision_date", LocalDate.class),
                        rs.getString("signer"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)));
    }

    Optional<ModelRow> model(long province, long campaign, long period, String code, @Nullable String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("campaign", campaign);
        values.put("period", period);
        values.put("code", code);
        values.put(ScopeSql.PARAMETER, scope);
        return query(
                        MODEL,
                        values,
                        rs -> new ModelRow(
                                rs.getLong("id"),
                                rs.getString("registrant_type"),
                                rs.getString("model_name"),
                                rs.getString("path")))
                .stream()
                .findFirst();
    }

    /** True when the model stands in a quota of the period already (proposed or approved). */
    boolean proposed(long province, long campaign, long period, long model) {
        return number(
                        "SELECT count(*)::int FROM commendation_proposal WHERE province_id = :province"
                                + " AND campaign_id = :campaign AND period_id = :period AND model_id = :model"
                                + " AND state <> 'declined'",
                        Map.of("province", province, "campaign", campaign, "period", period, "model", model))
                > 0;
    }

    long propose(long province, long campaign, QuotaRow quota, long unit, long model, String reason, long userId) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("campaign", campaign);
        values.put("period", quota.periodId());
        values.put("quota", quota.id());
        values.put("unit", unit);
        values.put("model", model);
        values.put("reason", reason);
        values.put("user", userId);
        return query(NamedSql.of("""
                                INSERT INTO commendation_proposal (province_id, quota_id, campaign_id, period_id,
                                    unit_id, model_id, reason, proposed_by, proposed_at)
                                VALUES (:province, :quota, :campaign, :period, :unit, :model, :reason, :user,
                                        clock_timestamp())
                                RETURNING id"""), values, rs -> rs.getLong(1)).get(0);
    }

    /** Records the decision on a proposal still undecided; false when it was decided meanwhile. */
    boolean decide(
            long province,
            long proposal,
            boolean approved,
            @Nullable String number,
            @Nullable LocalDate date,
            @Nullable String signer,
            long userId) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", province);
        values.put("proposal", proposal);
        values.put("state", approved ? "approved" : "declined");
        values.put("number", number);
        values.put("date", date);
        values.put("signer", signer);
        values.put("user", userId);
        return update(NamedSql.of("""
                                UPDATE commendation_proposal
                                   SET state = :state, decision_number = :number, decision_date = :date,
                                       signer = :signer, decided_by = :user, decided_at = clock_timestamp()
                                 WHERE province_id = :province AND id = :proposal AND state = 'proposed'"""), values) == 1;
    }

    /** The unit whose share a proposal uses. */
    long proposerUnit(long province, long proposal) {
        return query(
                        NamedSql.of("SELECT unit_id FROM commendation_proposal WHERE province_id = :province"
                                + " AND id = :proposal"),
                        Map.of("province", province, "proposal", proposal),
                        rs -> rs.getLong(1))
                .get(0);
    }

    /** {@code managers} or {@code managers-and-submitters} (V60). */
    String proposers(long province, long campaign) {
        return query(
                        NamedSql.of("SELECT commendation_proposers FROM campaign WHERE province_id = :province"
                                + " AND id = :campaign"),
                        Map.of("province", province, "campaign", campaign),
                        rs -> rs.getString(1))
                .get(0);
    }

    private int number(String sql, long province, long quota, long unit) {
        return number(sql, Map.of("province", province, "quota", quota, "unit", unit));
    }

    private int number(String sql, Map<String, ?> values) {
        List<Integer> rows = query(NamedSql.of(sql), values, rs -> rs.getInt(1));
        return rows.isEmpty() ? 0 : rows.get(0);
    }

    private int update(NamedSql sql, Map<String, ?> values) {
        return jdbc.execute(connection -> sql.update(connection, values));
    }

    private <T> List<T> query(NamedSql sql, Map<String, ?> values, NamedSql.Row<T> row) {
        return jdbc.execute(connection -> sql.query(connection, values, row));
    }
}
