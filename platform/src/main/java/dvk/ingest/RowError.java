package dvk.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One problem of one cell (or row, when {@code column} is null) of an uploaded file. */
@Serdeable
public record RowError(
        long row,
        @Nullable String column,
        @Nullable String value,
        String code,
        @JsonProperty("message_vi") String messageVi,
        @JsonProperty("message_en") String messageEn) {

    static RowError of(
            long row, @Nullable String column, @Nullable String value, IngestErrorCode code, Object... args) {
        return new RowError(row, column, value, code.type(), code.formatVi(args), code.formatEn(args));
    }
}
