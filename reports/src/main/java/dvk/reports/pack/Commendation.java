package dvk.reports.pack;

import java.util.List;

/**
 * Ranked candidates, the quotas of the review with what was allocated, proposed and decided, and the models named
 * under each quota: the proposals at a six-month review, the decisions ({@code decisions}) at a year-end or
 * stage-end one.
 */
public record Commendation(
        List<CommendationCandidate> candidates,
        List<CommendationQuota> quotas,
        List<CommendationEntry> entries,
        boolean decisions) {

    public Commendation {
        candidates = List.copyOf(candidates);
        quotas = List.copyOf(quotas);
        entries = List.copyOf(entries);
    }

    /** The entries of one quota's list. */
    public List<CommendationEntry> entriesOf(CommendationQuota quota) {
        return entries.stream()
                .filter(e ->
                        e.awardingBody().equals(quota.awardingBody()) && e.registrantType() == quota.registrantType())
                .toList();
    }
}
