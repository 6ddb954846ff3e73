package dvk.start;

import dvk.demo.DemoLoader;
import dvk.units.UnitListLoader;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Before the server takes requests: the unit lists on an empty database, then the demo when asked for.
 * Both steps are idempotent, so every start runs them.
 */
@Singleton
class FirstStart {

    private final UnitListLoader unitLists;
    private final DemoLoader demo;
    private final boolean demoEnabled;

    FirstStart(UnitListLoader unitLists, DemoLoader demo, @Value("${dvk.demo:false}") boolean demoEnabled) {
        this.unitLists = unitLists;
        this.demo = demo;
        this.demoEnabled = demoEnabled;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        unitLists.loadIfEmpty();
        if (demoEnabled) {
            demo.loadOnce();
        }
    }
}
