package dvk.ingest;

import dvk.errors.InvalidException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from one zip entry and stops a zip bomb (a few kilobytes that inflate to
 * gigabytes) once they pass {@link SheetLimits#MAX_INFLATION_RATIO} times the entry's compressed size. The
 * first megabyte is always allowed: small entries of repeated XML compress far better than large ones.
 */
final class InflationGuard extends FilterInputStream {

    private static final long GRACE = 1 << 20;

    /** Thrown inside the XML parser's read, which may wrap it; {@link #found} looks through the wrapping. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("inflated beyond " + SheetLimits.MAX_INFLATION_RATIO + " times the compressed size");
        }
    }

    private final long limit;
    private long inflated;

    InflationGuard(InputStream in, long compressedSize) {
        super(in);
        this.limit = Math.max(GRACE, Math.max(compressedSize, 1) * SheetLimits.MAX_INFLATION_RATIO);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws Exceeded {
        inflated += n;
        if (inflated > limit) {
            throw new Exceeded();
        }
    }

    /**
     * True when {@code failure} is, or was caused by, a zip bomb: this guard's, or POI's own check, which
     * throws a plain IOException with this message.
     */
    static boolean found(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Exceeded
                    || t.getMessage() != null && t.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    static InvalidException error() {
        return SheetReader.fileError(1, null, IngestErrorCode.ZIP_BOMB, SheetLimits.MAX_INFLATION_RATIO);
    }
}
