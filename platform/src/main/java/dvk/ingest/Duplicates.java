package dvk.ingest;

import dvk.access.Caller;
import dvk.access.ScopeSql;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignChanged;
import dvk.campaigns.Campaigns;
import dvk.database.NamedSql;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a manager does about two registrations of one model (docs/models.md): merge one into the other, its
 * results and history kept under the survivor, or mark them distinct once and for all; and the similarity from
 * which a batch warns of a possible duplicate, per campaign.
 */
@Singleton
class Duplicates {

    private static final String MODEL = """
            SELECT m.province_id, m.campaign_id, m.unit_id, u.path::text, m.code, m.withdrawn_at IS NOT NULL
              FROM model m JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
             WHERE m.id = :model AND %s
               FOR UPDATE OF m""".formatted(ScopeSql.reads("u.path"));
    // results of the periods the survivor has none for move to it with their earlier versions; the others stay
    // with the merged model, whose history the survivor's lists
    private static final String MOVE_RESULT_VERSIONS = """
            UPDATE model_result_version v SET model_id = :survivor
             WHERE v.province_id = :province AND v.model_id = :loser
               AND NOT EXISTS (SELECT 1 FROM model_result s WHERE s.province_id = :province AND s.model_id = :survivor
                                  AND s.period_id = v.period_id)""";
    private static final String MOVE_RESULTS = """
            UPDATE model_result r SET model_id = :survivor, unit_id = :survivorUnit
             WHERE r.province_id = :province AND r.model_id = :loser
               AND NOT EXISTS (SELECT 1 FROM model_result s WHERE s.province_id = :province AND s.model_id = :survivor
                                  AND s.period_id = r.period_id)""";
    private static final String WITHDRAW = """
            UPDATE model SET withdrawn_at = now(), withdrawn_batch_id = NULL, merged_into_id = :survivor,
                             version = version + 1, row_number = NULL
             WHERE province_id = :province AND id = :loser""";
    private static final String DISTINCT = """
            INSERT INTO model_distinct (province_id, model_id, other_id, campaign_id, marked_by)
            VALUES (:province, least(:model, :other), greatest(:model, :other), :campaign, :user)
            ON CONFLICT DO NOTHING""";

    private final JdbcOperations jdbc;
    private final ModelHistory history;
    private final Campaigns campaigns;
    private final Audit audit;
    private final ApplicationEventPublisher<CampaignChanged> events;

    Duplicates(
            JdbcOperations jdbc,
            ModelHistory history,
            Campaigns campaigns,
            Audit audit,
            ApplicationEventPublisher<CampaignChanged> events) {
        this.jdbc = jdbc;
        this.history = history;
        this.campaigns = campaigns;
        this.audit = audit;
        this.events = events;
    }

    /** Merges the model {@code code} into {@code into}, of the same campaign; returns the survivor's history. */
    @Transactional
    ModelHistory.History merge(Caller caller, String code, @Nullable String into, @Nullable Long campaign) {
        Pair pair = pair(caller, code, into, campaign);
        if (pair.model().withdrawn()) {
            throw new ConflictException(
                    IngestErrorCode.MODEL_WITHDRAWN, pair.model().code());
        }
        if (pair.other().withdrawn()) {
            throw new ConflictException(
                    IngestErrorCode.MODEL_WITHDRAWN, pair.other().code());
        }
        Map<String, Object> values = Map.of(
                "province", pair.model().province(),
                "loser", pair.model().id(),
                "survivor", pair.other().id(),
                "survivorUnit", pair.other().unitId());
        int moved = jdbc.execute(connection -> {
            NamedSql.Bound sql = new NamedSql.Bound(connection, values);
            sql.update(MOVE_RESULT_VERSIONS);
            int results = sql.update(MOVE_RESULTS);
            sql.update(RegistrationForm.KEEP_VERSION.formatted("(SELECT CAST(:loser AS bigint) AS id)"));
            sql.update(WITHDRAW);
            return results;
        });
        events.publishEvent(
                new CampaignChanged(pair.model().province(), pair.model().campaign()));
        audit.record(AuditEntry.of(
                caller,
                pair.other().province(),
                pair.other().unitId(),
                "model.merge",
                pair.other().campaign(),
                pair.other().code(),
                Map.of("model", pair.model().code(), "into", pair.other().code(), "resultsMoved", moved)));
        return history.of(caller, pair.other().id());
    }

    /** Marks the models {@code code} and {@code from} distinct: no batch warns of the pair again. */
    @Transactional
    DistinctPair distinct(Caller caller, String code, @Nullable String from, @Nullable Long campaign) {
        Pair pair = pair(caller, code, from, campaign);
        Map<String, Object> values = new HashMap<>();
        values.put("province", pair.model().province());
        values.put("model", pair.model().id());
        values.put("other", pair.other().id());
        values.put("campaign", pair.model().campaign());
        values.put("user", caller.userId());
        int added = jdbc.execute(connection -> new NamedSql.Bound(connection, values).update(DISTINCT));
        if (added > 0) {
            audit.record(AuditEntry.of(
                    caller,
                    pair.model().province(),
                    pair.model().unitId(),
                    "model.distinct",
                    pair.model().campaign(),
                    pair.model().code(),
                    Map.of("model", pair.model().code(), "from", pair.other().code())));
        }
        return new DistinctPair(
                pair.model().code(), pair.other().code(), pair.model().campaign());
    }

    /** The campaign's similarity threshold; null: no duplicate check. */
    @Transactional(readOnly = true)
    Threshold threshold(Caller caller, long campaignId) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        return new Threshold(jdbc.execute(connection -> new NamedSql.Bound(
                        connection, Map.of("province", campaign.provinceId(), "campaign", campaign.id()))
                .one(
                        "SELECT duplicate_threshold FROM campaign WHERE province_id = :province AND id = :campaign",
                        rs -> rs.getObject(1) == null ? null : rs.getDouble(1))));
    }

    @Transactional
    Threshold setThreshold(Caller caller, long campaignId, @Nullable Double threshold) {
        Campaign campaign = campaigns.managed(caller, campaignId);
        if (threshold != null && (threshold.isNaN() || threshold < 0.1 || threshold > 1)) {
            throw new InvalidException(IngestErrorCode.INVALID_THRESHOLD, threshold);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("province", campaign.provinceId());
        values.put("campaign", campaign.id());
        values.put("threshold", threshold);
        jdbc.execute(connection -> new NamedSql.Bound(connection, values)
                .update("UPDATE campaign SET duplicate_threshold = CAST(:threshold AS real)"
                        + " WHERE province_id = :province AND id = :campaign"));
        audit.record(AuditEntry.of(
                caller,
                campaign.provinceId(),
                campaign.issuerUnitId(),
                "campaign.duplicate-threshold",
                campaign.id(),
                campaign.name(),
                threshold == null ? Map.of() : Map.of("threshold", threshold)));
        return threshold(caller, campaignId);
    }

    /** Both models, read and locked within the caller's scope, of one campaign, both managed by the caller. */
    private Pair pair(Caller caller, String code, @Nullable String otherCode, @Nullable Long campaign) {
        if (otherCode == null || otherCode.isBlank()) {
            throw new InvalidException(IngestErrorCode.MODEL_TARGET_REQUIRED, code);
        }
        Row model = row(caller, history.resolve(caller, code, campaign, null), code);
        Row other = row(caller, history.resolve(caller, otherCode.trim(), model.campaign(), null), otherCode);
        if (model.id() == other.id()) {
            throw new InvalidException(IngestErrorCode.MODEL_SAME, code);
        }
        if (model.campaign() != other.campaign() || model.province() != other.province()) {
            throw new InvalidException(IngestErrorCode.MODEL_OTHER_CAMPAIGN, model.code(), other.code());
        }
        return new Pair(model, other);
    }

    private Row row(Caller caller, long id, String asked) {
        Map<String, Object> values = new HashMap<>();
        values.put("model", id);
        values.put(ScopeSql.PARAMETER, caller.readScope());
        List<Row> rows = jdbc.execute(connection -> new NamedSql.Bound(connection, values)
                .query(
                        MODEL,
                        rs -> new Row(
                                id,
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getBoolean(6))));
        // a model the caller reads but does not manage is not theirs to merge: not found, as anything outside
        if (rows.isEmpty() || !caller.manages(rows.get(0).path())) {
            throw new NotFoundException(IngestErrorCode.MODEL_NOT_FOUND, asked);
        }
        return rows.get(0);
    }

    private record Row(
            long id, long province, long campaign, long unitId, String path, String code, boolean withdrawn) {}

    private record Pair(Row model, Row other) {}

    @Serdeable
    record DistinctPair(String modelCode, String otherCode, long campaignId) {}

    @Serdeable
    record Threshold(@Nullable Double threshold) {}
}
