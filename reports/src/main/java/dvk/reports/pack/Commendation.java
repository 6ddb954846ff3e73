package dvk.reports.pack;

import java.util.List;

/** Ranked commendation candidates and the quotas they are proposed within. */
public record Commendation(List<CommendationCandidate> candidates, List<CommendationQuota> quotas) {

    public Commendation {
        candidates = List.copyOf(candidates);
        quotas = List.copyOf(quotas);
    }
}
