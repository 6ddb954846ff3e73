package dvk.reports.pack;

/** Models by status: new (mới), continued (tiếp tục), replicated (nhân rộng). */
public record StatusCounts(int newModels, int continued, int replicated) {}
