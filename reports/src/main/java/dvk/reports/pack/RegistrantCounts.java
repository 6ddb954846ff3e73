package dvk.reports.pack;

/** Models by who registered them: collectives (tập thể) and individuals (cá nhân). */
public record RegistrantCounts(int collectives, int individuals) {}
