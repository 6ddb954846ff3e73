package dvk.reports.pack;

/** Headline figures of one period for the whole subtree of the unit. */
public record SummaryFigures(
        int models,
        RegistrantCounts byRegistrant,
        StatusCounts byStatus,
        EfficiencyCounts byEfficiency,
        long householdsReached,
        long fundsMobilisedVnd,
        int worksCompleted,
        int modelsReviewed) {}
