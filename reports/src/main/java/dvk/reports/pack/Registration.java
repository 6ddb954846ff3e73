package dvk.reports.pack;

import java.util.List;

/** One registered model as a Mẫu M2 line; {@code fieldCodes} are the fields marked "1". */
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
    }
}
