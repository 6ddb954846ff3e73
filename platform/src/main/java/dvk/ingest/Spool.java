package dvk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload copied to a temporary file, for the formats that are read from the end (a zip's directory). */
final class Spool {

    private Spool() {}

    static Path of(InputStream content, String suffix) {
        return bounded(content, suffix, Long.MAX_VALUE);
    }

    /** At most {@code limit} bytes; null when the upload is longer (the rest is left unread). */
    static Path bounded(InputStream content, String suffix, long limit) {
        Path spool = null;
        try {
            spool = Files.createTempFile("dvk-upload-", suffix);
            long copied = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = Files.newOutputStream(spool)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    copied += n;
                    if (copied > limit) {
                        delete(spool);
                        return null;
                    }
                    out.write(buffer, 0, n);
                }
            }
            return spool;
        } catch (IOException e) {
            delete(spool);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a body refused half-way (over the size limit) leaves no temporary file behind
            delete(spool);
            throw e;
        }
    }

    static void delete(Path spool) {
        if (spool != null) {
            spool.toFile().delete();
        }
    }
}
