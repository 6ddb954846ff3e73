package dvk.snapshots;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * A freeze of a campaign period's figures for a unit's subtree ("chốt số liệu").
 *
 * @param units how many units' rollups were frozen (the unit and every unit below it down to the communes)
 * @param models the annex rows frozen: the models counted for the period
 */
@Serdeable
public record SnapshotView(
        long id,
        String sha256,
        OffsetDateTime takenAt,
        String takenBy,
        long campaignId,
        String period,
        String unitCode,
        String unitName,
        int units,
        long models) {}
