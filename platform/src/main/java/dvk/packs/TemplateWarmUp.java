package dvk.packs;

import dvk.reports.PackRenderer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the pack templates in the background once the server is up, for every number of fields a campaign
 * has, so the first clerk's pack is not the one that waits seconds for the compile. Tests switch it off
 * ({@code dvk.packs.warm-up=false}) so that forty application starts do not compile forty times.
 */
@Singleton
@Requires(property = "dvk.packs.warm-up", notEquals = "false")
class TemplateWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateWarmUp.class);
    /** Seed 000's six fields, for a database that has no campaign yet. */
    private static final int DEFAULT_FIELDS = 6;

    private final PackRenderer renderer;
    private final PackRepository repository;
    private final ExecutorService executor;

    TemplateWarmUp(PackRenderer renderer, PackRepository repository, @Named("packs") ExecutorService executor) {
        this.renderer = renderer;
        this.repository = repository;
        this.executor = executor;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        executor.execute(this::warmUp);
    }

    void warmUp() {
        long started = System.nanoTime();
        try {
            List<Integer> counts = repository.campaignFieldCounts();
            if (counts.isEmpty()) {
                counts = List.of(DEFAULT_FIELDS);
            }
            counts.forEach(renderer::warmUp);
            LOG.info(
                    "Compiled the pack templates for {} field count(s) {} in {} ms",
                    counts.size(),
                    counts,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the first pack compiles them instead; nothing is lost but its time
            LOG.warn("Could not compile the pack templates ahead of the first pack", e);
        }
    }
}
