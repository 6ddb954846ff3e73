package dvk.ingest;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/models/{id}/history}: a model readable by the caller, with all its versions. */
@Controller("/api/models")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "models")
class ModelHistoryController {

    private final ModelHistory history;

    ModelHistoryController(ModelHistory history) {
        this.history = history;
    }

    /** {@code id} is the model's id or its code; a code that repeats within the caller's scope needs a campaign or unit. */
    @Get("/{id}/history")
    @Operation(operationId = "modelHistory", summary = "A model, by its id or its code, with all its versions.")
    ModelHistory.History history(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String id,
            @Nullable @QueryValue Long campaign,
            @Nullable @QueryValue String unit) {
        return history.of(caller, id, campaign, unit);
    }
}
