package dvk.packs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk asks for: the pack of a unit, campaign and period. Number, date, signer and recipients, when
 * given, override the unit's document profile for this one document; the date defaults to today, or to the
 * period's last day for a period that ended more than {@value Packs#PAST_PERIOD_DAYS} days ago;
 * {@code snapshotId} makes it from a freeze of that unit and period ("chốt số liệu").
 */
@Serdeable
public record PackRequest(
        String unitCode,
        long campaignId,
        String period,
        String kind,
        @Nullable String number,
        @Nullable LocalDate date,
        @Schema(type = "object", nullable = true) @Nullable Signer signer,
        @Nullable List<String> recipients,
        @Nullable Long snapshotId) {

    public PackRequest(
            String unitCode,
            long campaignId,
            String period,
            String kind,
            @Nullable String number,
            @Nullable LocalDate date,
            @Nullable Signer signer,
            @Nullable List<String> recipients) {
        this(unitCode, campaignId, period, kind, number, date, signer, recipients, null);
    }

    @Serdeable
    public record Signer(
            @Nullable String onBehalfOf,
            @Nullable String title,
            @Nullable String name) {}
}
