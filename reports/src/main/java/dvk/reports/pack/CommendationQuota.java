package dvk.reports.pack;

/**
 * A row of the quota table: one review, awarding body and registrant type. {@code quota} is the campaign's count
 * for the review, or null where the campaign set none ("Chưa có chỉ tiêu"); {@code allocated} what the unit was
 * given (for the issuer, what it gave out), {@code proposed} the proposals not declined, {@code decided} those
 * approved.
 */
public record CommendationQuota(
        String reviewName,
        String awardingBody,
        RegistrantType registrantType,
        Integer quota,
        int allocated,
        int proposed,
        int decided) {

    public boolean set() {
        return quota != null;
    }
}
