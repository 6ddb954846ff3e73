package dvk.audit;

import dvk.access.Caller;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * One step on the record: who ({@code actor}), what ({@code action}, a stable dotted name such as
 * {@code report.approve}), about which unit (the readers of its subtree see the entry) and campaign, with
 * details and the caller's address when known.
 */
public record AuditEntry(
        @Nullable Long provinceId,
        @Nullable Long unitId,
        @Nullable Long actorId,
        String actor,
        String action,
        @Nullable Long campaignId,
        @Nullable String subject,
        Map<String, Object> details,
        @Nullable String address) {

    public AuditEntry {
        details = Map.copyOf(details);
    }

    /** An action of a signed-in caller about a unit. */
    public static AuditEntry of(
            Caller caller,
            long provinceId,
            long unitId,
            String action,
            @Nullable Long campaignId,
            @Nullable String subject,
            Map<String, Object> details) {
        return new AuditEntry(
                provinceId, unitId, caller.userId(), caller.username(), action, campaignId, subject, details, null);
    }

    /** An action of {@code actor} on a user account, seen by the readers of the account's unit. */
    public static AuditEntry onUser(Caller actor, Caller account, String action, Map<String, Object> details) {
        return new AuditEntry(
                account.provinceId(),
                account.unitId(),
                actor.userId(),
                actor.username(),
                action,
                null,
                account.username(),
                details,
                null);
    }
}
