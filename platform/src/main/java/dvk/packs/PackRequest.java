package dvk.packs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a clerk asks for: the pack of a unit, campaign and period; number and signer override the campaign's;
 * {@code snapshotId} makes it from a freeze of that unit and period ("chốt số liệu").
 */
@Serdeable
public record PackRequest(String unitCode, long campaignId, String period, String kind, @Nullable String number,
                          @Nullable Signer signer, @Nullable Long snapshotId) {

    public PackRequest(String unitCode, long campaignId, String period, String kind, @Nullable String number,
                       @Nullable Signer signer) {
        this(unitCode, campaignId, period, kind, number, signer, null);
    }

    @Serdeable
    public record Signer(@Nullable String title, @Nullable String name) {
    }
}
