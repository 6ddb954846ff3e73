package dvk.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder where multipart uploads are spooled while they arrive ({@code micronaut.server.multipart.location},
 * {@code $DVK_DATA_DIR/uploads} on the embedded default). A service killed in the middle of an upload leaves its
 * {@code FUp_*} file behind, up to 512 MB each; the folder is the service's own, so whatever is there at start
 * belongs to no request and goes.
 */
@Singleton
@Requires(property = "micronaut.server.multipart.location")
class UploadSpool {

    private static final Logger LOG = LoggerFactory.getLogger(UploadSpool.class);
    /** The prefix of Netty's DiskFileUpload files. */
    static final String PREFIX = "FUp_";

    private final Path folder;

    UploadSpool(@Value("${micronaut.server.multipart.location}") String folder) {
        this.folder = Path.of(folder);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int removed = clear();
        if (removed > 0) {
            LOG.warn("Removed {} upload file(s) left in {} by a service that stopped mid-upload", removed, folder);
        }
    }

    /** Deletes the spooled upload files in the folder (nothing else); answers how many. */
    int clear() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> left = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(PREFIX))
                    .toList();
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
            return left.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the upload folder " + folder, e);
        }
    }
}
