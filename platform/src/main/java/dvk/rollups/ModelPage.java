package dvk.rollups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** One page of the models behind a rollup figure. {@code page} counts from 1. */
@Serdeable
public record ModelPage(long total, int page, int size, List<Row> models) {

    /** A counted model with its result for the period, if any (rating null = not reviewed). */
    @Serdeable
    public record Row(
            String code,
            String modelName,
            String registrantType,
            String registrantName,
            String unitCode,
            String unitName,
            List<String> fields,
            String status,
            String registeredIn,
            Instant receivedAt,
            @Nullable String rating,
            @Nullable Long households,
            @Nullable Long people,
            @Nullable Long fundsVnd,
            @Nullable Long works,
            @Nullable Integer yearsSustained,
            @Nullable String proposedLevel) {}

    /** Filters of the models list; null means any. {@code rating} "none" selects models without a result. */
    public record Filter(
            @Nullable String field,
            @Nullable String type,
            @Nullable String status,
            @Nullable String rating,
            @Nullable String child) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }
}
