package dvk.reports.pack;

import java.util.List;
import java.util.Objects;

/** One registered model as a Mẫu M2 line; {@code fieldCodes} are the fields marked "1"; optional texts may be null. */
public record Registration(
        String registrantName,
        RegistrantType registrantType,
        String modelName,
        List<String> fieldCodes,
        String method,
        String timeframe,
        String expectedResult,
        ModelStatus status,
        String note) {

    public Registration {
        fieldCodes = List.copyOf(fieldCodes);
        method = Objects.requireNonNullElse(method, "");
        timeframe = Objects.requireNonNullElse(timeframe, "");
        expectedResult = Objects.requireNonNullElse(expectedResult, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
