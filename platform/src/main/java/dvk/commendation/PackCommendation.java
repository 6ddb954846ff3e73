package dvk.commendation;

import java.util.List;

/** The commendation a pack prints: each quota with the unit's counts, and the proposals not declined. */
public record PackCommendation(List<Quota> quotas, List<CommendationView.Proposal> proposals) {

    public PackCommendation {
        quotas = List.copyOf(quotas);
        proposals = List.copyOf(proposals);
    }

    /** A quota of the review: the campaign's count, the unit's allocated share, proposals and approvals. */
    public record Quota(
            long id,
            String review,
            String award,
            String registrantType,
            int count,
            int allocated,
            int proposed,
            int decided) {}
}
