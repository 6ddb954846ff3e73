package dvk.packs;

import dvk.access.Caller;
import dvk.users.Users;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs pack jobs under a lease in the database, so a job outlives the instance that started it: the instance
 * renews the lease of each job it runs every few seconds; once an instance stops (SIGTERM, kill -9, a crash), its
 * leases run out, and any instance on the database takes the job up again within {@link #LEASE} plus one sweep. A
 * job that was taken up {@link #MAX_ATTEMPTS} times without finishing fails instead of bringing down instance
 * after instance. A clean stop hands its leases back at once. The two sets below are only this instance's own work in hand, never state another needs.
 */
@Singleton
class PackWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PackWorker.class);
    static final Duration LEASE = Duration.ofSeconds(30);
    static final int MAX_ATTEMPTS = 3;

    private final PackRepository repository;
    private final PackGenerator generator;
    private final Users users;
    private final ExecutorService executor;
    /** Jobs handed to the executor and not started yet: not handed again by the sweep. */
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    /** Jobs this instance runs now: their leases are renewed. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    PackWorker(
            PackRepository repository, PackGenerator generator, Users users, @Named("packs") ExecutorService executor) {
        this.repository = repository;
        this.generator = generator;
        this.users = users;
        this.executor = executor;
    }

    /** Runs the job on the packs executor as soon as a thread is free, if nobody else has it by then. */
    void submit(long id) {
        if (waiting.add(id)) {
            executor.submit(() -> run(id));
        }
    }

    @Scheduled(fixedDelay = "10s")
    void renewLeases() {
        if (!running.isEmpty()) {
            repository.renew(List.copyOf(running), LEASE);
        }
    }

    /** Takes up the jobs of stopped instances; the first sweep runs right after start. */
    @Scheduled(fixedDelay = "10s", initialDelay = "1s")
    void takeUpAbandoned() {
        for (long id : repository.abandoned()) {
            submit(id);
        }
    }

    /** A clean stop (SIGTERM, a redeploy) hands this instance's jobs back at once rather than at the lease's end. */
    @PreDestroy
    void releaseLeases() {
        if (!running.isEmpty()) {
            List<Long> ids = List.copyOf(running);
            repository.release(ids);
            LOG.info("Handed back the leases of packs {} at shutdown", ids);
        }
    }

    private void run(long id) {
        waiting.remove(id);
        OptionalInt attempt = repository.claim(id, LEASE);
        if (attempt.isEmpty()) {
            return;
        }
        running.add(id);
        try {
            Optional<PackJob> job = repository.find(id, null);
            Optional<Caller> requester = job.flatMap(j -> users.enabledCaller(j.requestedBy()));
            if (attempt.getAsInt() > MAX_ATTEMPTS) {
                repository.failed(
                        id,
                        "Không tạo được bộ tài liệu sau " + MAX_ATTEMPTS + " lần thử; hãy tạo lại. / "
                                + "The pack could not be generated in " + MAX_ATTEMPTS
                                + " attempts; request it again.");
            } else if (requester.isEmpty()) {
                repository.failed(id, "Người yêu cầu không còn hoạt động. / The requester is no longer active.");
            } else {
                if (attempt.getAsInt() > 1) {
                    LOG.info("Taking up pack {} again (attempt {})", id, attempt.getAsInt());
                }
                generator.generate(requester.get(), id);
            }
        } finally {
            running.remove(id);
        }
    }
}
