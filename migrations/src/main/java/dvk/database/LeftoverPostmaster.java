package dvk.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs detached from the service (pg_ctl starts it), so a service killed with SIGKILL
 * leaves it running on the data folder, and the next start failed on its postmaster.pid. The embedded library
 * holds a file lock in the folder for as long as a service uses the server; when that lock is free but the
 * folder's postmaster is alive, nobody owns the postmaster any more and it is stopped before the new start.
 */
final class LeftoverPostmaster {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);
    /** The embedded library's lock file (EmbeddedPostgres.LOCK_FILE_NAME). */
    private static final String SERVICE_LOCK = "epg-lock";

    private static final long GRACE_SECONDS = 30;

    private LeftoverPostmaster() {}

    static void stopIfAny(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = livePostmaster(dataDirectory.resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            // no pid file, or a stale one: PostgreSQL itself starts over a stale one
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        dataDirectory.resolve(SERVICE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another DVK service is running on " + dataDirectory);
            }
            LOG.warn(
                    "PostgreSQL {} was left running on {} by a service that stopped without shutting it down; "
                            + "stopping it",
                    postmaster.get().pid(),
                    dataDirectory);
            stop(postmaster.get());
        }
    }

    /** The port of the postmaster alive on the folder, read from its pid file (line 4), if one is. */
    static Optional<Integer> livePort(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (livePostmaster(pidFile).isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        return lines.size() > 3 && lines.get(3).trim().matches("\\d+")
                ? Optional.of(Integer.parseInt(lines.get(3).trim()))
                : Optional.empty();
    }

    private static Optional<ProcessHandle> livePostmaster(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        // the pid may have been reused since: only a live postgres of this OS account counts
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                        .orElse(false))
                .filter(p -> p.info()
                        .user()
                        .map(u -> u.equals(System.getProperty("user.name")))
                        .orElse(false));
    }

    /** SIGTERM, which PostgreSQL finishes like a clean shutdown; SIGKILL only if it does not within the grace. */
    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "PostgreSQL {} did not stop within {} s; killing it (it recovers from its WAL at start)",
                    postmaster.pid(),
                    GRACE_SECONDS);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL " + postmaster.pid(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop PostgreSQL " + postmaster.pid(), e);
        }
    }
}
