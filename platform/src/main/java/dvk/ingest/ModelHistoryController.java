package dvk.ingest;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/models/{id}/history}: a model readable by the caller, with all its versions and its life; and
 * what a manager does about two registrations of one model: merge them, or mark them distinct (docs/models.md).
 */
@Controller("/api/models")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "models")
class ModelHistoryController {

    private final ModelHistory history;
    private final Duplicates duplicates;

    ModelHistoryController(ModelHistory history, Duplicates duplicates) {
        this.history = history;
        this.duplicates = duplicates;
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

    /**
     * Merges the model {@code id} into the model {@code into} of the same campaign: the results of periods the
     * survivor lacks move to it, the rest stay with the merged model, which is withdrawn and points at the survivor;
     * the answer is the survivor's history, the merged model's with it.
     */
    @Post("/{id}/merge")
    @Operation(operationId = "mergeModel", summary = "Merges a model into another of the same campaign.")
    @ApiErrors.Conflict
    ModelHistory.History merge(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String id,
            @Nullable @QueryValue Long campaign,
            @Body Merge merge) {
        return duplicates.merge(caller, id, merge.into(), campaign);
    }

    /** Marks the model {@code id} and the model {@code from} distinct: no batch warns of the pair again. */
    @Post("/{id}/distinct")
    @Operation(operationId = "markModelsDistinct", summary = "Marks two models of one campaign distinct.")
    Duplicates.DistinctPair distinct(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String id,
            @Nullable @QueryValue Long campaign,
            @Body Distinct distinct) {
        return duplicates.distinct(caller, id, distinct.from(), campaign);
    }

    /** The code (or id) of the model that stays. */
    @Serdeable
    record Merge(@Nullable String into) {}

    /** The code (or id) of the other model. */
    @Serdeable
    record Distinct(@Nullable String from) {}
}
