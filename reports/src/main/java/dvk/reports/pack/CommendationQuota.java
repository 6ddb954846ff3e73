package dvk.reports.pack;

/** A quota of one review and awarding body for one registrant type, and how many are proposed within it. */
public record CommendationQuota(
        String reviewName, String awardingBody, RegistrantType registrantType, int quota, int proposed) {}
