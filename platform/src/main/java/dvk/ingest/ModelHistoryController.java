package dvk.ingest;

import dvk.access.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** {@code GET /api/models/{id}/history}: a model readable by the caller, with all its versions. */
@Controller("/api/models")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class ModelHistoryController {

    private final ModelHistory history;

    ModelHistoryController(ModelHistory history) {
        this.history = history;
    }

    @Get("/{id}/history")
    ModelHistory.History history(Caller caller, @PathVariable long id) {
        return history.of(caller, id);
    }
}
