package dvk.ingest;

import dvk.submissions.SubmissionsChanged;
import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stands in for a rollup that fails after the batch's rows are merged, to prove the batch rolls back whole. */
@Singleton
class FailingRollupListener implements ApplicationEventListener<SubmissionsChanged> {

    static final AtomicBoolean FAIL = new AtomicBoolean();

    @Override
    public void onApplicationEvent(SubmissionsChanged event) {
        if (FAIL.get()) {
            throw new IllegalStateException("rollup failed on purpose");
        }
    }
}
