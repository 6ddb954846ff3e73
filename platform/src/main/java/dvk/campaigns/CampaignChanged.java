package dvk.campaigns;

/**
 * Published synchronously inside the transaction that created or edited a campaign: its periods, due dates and
 * fields decide how submissions are counted, so listeners (the rollup aggregates) recount in the same commit.
 */
public record CampaignChanged(long provinceId, long campaignId) {}
