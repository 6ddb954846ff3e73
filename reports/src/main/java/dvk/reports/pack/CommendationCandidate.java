package dvk.reports.pack;

/** An outstanding model proposed for commendation; {@code rank} starts at 1. */
public record CommendationCandidate(
        int rank,
        String registrantName,
        RegistrantType registrantType,
        String unitName,
        String modelName,
        Efficiency rating,
        int yearsSustained,
        String proposedLevel) {
}
