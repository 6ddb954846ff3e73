package dvk.ingest;

import dvk.errors.TooLargeException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Holds a streamed request body to {@code micronaut.server.max-request-size}: a body that declares a larger
 * length is refused before a byte is read, and one sent in chunks as soon as it passes the limit, with a 413
 * problem (the framework's own count of a stream surfaces as an IOException, which would be a 500) and the
 * connection closed, instead of reading gigabytes to the end first.
 */
@Singleton
class BodyLimit {

    private final long maxBytes;

    BodyLimit(HttpServerConfiguration server) {
        this.maxBytes = server.getMaxRequestSize();
    }

    InputStream bounded(HttpRequest<?> request, InputStream body) {
        if (request.getContentLength() > maxBytes) {
            throw tooLarge();
        }
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    int n = super.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                } catch (IOException e) {
                    // the framework's own count of a chunked body, which may pass the limit first
                    if (e.getCause() instanceof ContentLengthExceededException) {
                        throw tooLarge();
                    }
                    throw e;
                }
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw tooLarge();
                }
            }
        };
    }

    private TooLargeException tooLarge() {
        return new TooLargeException(IngestErrorCode.TOO_LARGE, maxBytes / (1024 * 1024));
    }
}
