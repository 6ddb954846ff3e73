package dvk.ingest;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.access.ScopeSql;
import dvk.campaigns.Campaign;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Who sends which form of which campaign for which period, and when: the parameters of every statement. */
record BatchContext(
        Caller caller, Campaign campaign, Campaign.PeriodRef period, BatchKind kind, Instant receivedAt, boolean late) {

    /** The day whose units apply: the period's last day within the campaign's structure. */
    LocalDate day() {
        return campaign.unitDay(period.period());
    }

    /**
     * The unit the batch is filed under: the uploader's own, or, for today's unit writing into a campaign of the
     * structure it succeeded, the first of its predecessors in that campaign's province (a batch row stays in
     * its campaign's province); the issuer for an administrator.
     */
    long uploaderUnitId() {
        if (caller.unitId() == null) {
            return campaign.issuerUnitId();
        }
        if (caller.provinceId() != null && caller.provinceId() == campaign.provinceId()) {
            return caller.unitId();
        }
        return caller.inheritedUnitIdsIn(campaign.provinceId()).stream()
                .findFirst()
                .orElse(campaign.issuerUnitId());
    }

    /** One advisory lock per campaign and form: overlapping batches of the same form are stored one after another. */
    long lockKey() {
        return FormLocks.key(campaign.id(), kind);
    }

    /** The batch's SQL parameters, all but its id ({@code :batch}), known once its row is inserted. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("province", campaign.provinceId());
        p.put("campaign", campaign.id());
        p.put("period", period.id());
        p.put("day", day());
        p.put("campaign_path", campaign.issuerPath());
        p.put(ScopeSql.PARAMETER, caller.readScope());
        p.put("writer", caller.role().atLeast(Role.SUBMITTER));
        p.put("received", receivedAt.atOffset(ZoneOffset.UTC));
        p.put("late", late);
        p.put("kind", kind.sqlName());
        p.put("lock_key", lockKey());
        return p;
    }
}
