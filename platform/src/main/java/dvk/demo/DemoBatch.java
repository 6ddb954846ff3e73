package dvk.demo;

import java.time.Instant;

/** One demo upload: a CSV as an office would send it, by whom, for which form and period, and when. */
record DemoBatch(String uploader, long campaignId, String kind, String periodCode, Instant receivedAt, String csv) {}
