package dvk.submissions;

/**
 * Published synchronously, inside the transaction of a stored batch, after its rows are merged: listeners
 * (the rollup aggregates) update in the same commit, so figures are never behind the data. The rows the
 * batch touched are those whose {@code batch_id} (or, for withdrawals, {@code withdrawn_batch_id}) is
 * {@code batchId}.
 */
public record SubmissionsChanged(long provinceId, long campaignId, long batchId) {}
