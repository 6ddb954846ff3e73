package dvk.reports.pack;

import java.util.List;

/** Who submitted which form on time, late or not at all during the period. */
public record Submissions(List<SubmissionLine> lines, List<LateSubmission> late, List<MissingSubmission> missing) {

    public Submissions {
        lines = List.copyOf(lines);
        late = List.copyOf(late);
        missing = List.copyOf(missing);
    }
}
