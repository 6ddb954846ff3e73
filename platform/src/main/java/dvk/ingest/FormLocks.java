package dvk.ingest;

/**
 * The advisory lock of a campaign's form, held by a batch from its checks to its commit and by every change of a
 * report's state (dvk.reporting), so a batch and an approval of the same form never overlap.
 */
public final class FormLocks {

    private FormLocks() {}

    public static long key(long campaignId, BatchKind kind) {
        return campaignId * 8 + kind.ordinal();
    }
}
