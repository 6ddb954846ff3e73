package dvk.start;

import dvk.demo.DemoLoader;
import dvk.rollups.RollupRebuild;
import dvk.units.UnitListLoader;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/**
 * Before the server takes requests: the unit lists on an empty database, the aggregates of a database from
 * before V40, then the demo users and campaigns when asked for; the demo's submissions follow once the server
 * is up.
 * Both steps are idempotent, so every start runs them.
 */
@Singleton
class FirstStart {

    private final UnitListLoader unitLists;
    private final RollupRebuild rollups;
    private final DemoLoader demo;
    private final boolean demoEnabled;
    private final boolean background;
    private final ExecutorService blocking;

    FirstStart(
            UnitListLoader unitLists,
            RollupRebuild rollups,
            DemoLoader demo,
            @Value("${dvk.demo:false}") boolean demoEnabled,
            @Value("${dvk.demo-data-in-background:true}") boolean background,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.blocking = blocking;
        this.unitLists = unitLists;
        this.rollups = rollups;
        this.demo = demo;
        this.demoEnabled = demoEnabled;
        this.background = background;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        unitLists.loadIfEmpty();
        rollups.rebuildIfChanged();
        if (demoEnabled) {
            demo.loadOnce();
            if (!background) {
                demo.loadSubmissionsOnce();
            }
        }
    }

    /** The demo's submissions take a minute; users can log in and look around meanwhile. */
    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        if (demoEnabled && background) {
            blocking.submit(demo::loadSubmissionsOnce);
        }
    }
}
