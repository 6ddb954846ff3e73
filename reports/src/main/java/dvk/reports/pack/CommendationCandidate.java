package dvk.reports.pack;

/** An outstanding model proposed for commendation; {@code rank} starts at 1; no proposed level may be null. */
public record CommendationCandidate(
        int rank,
        String registrantName,
        RegistrantType registrantType,
        String unitName,
        String modelName,
        Efficiency rating,
        int yearsSustained,
        String proposedLevel) {

    public CommendationCandidate {
        proposedLevel = java.util.Objects.requireNonNullElse(proposedLevel, "");
    }
}
