package dvk.ingest;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/campaigns/{id}/duplicate-threshold}: the pg_trgm similarity from which a registration batch warns of
 * a possible duplicate (0.6 by default; null: no check), set by the campaign's manager (docs/models.md).
 */
@Controller("/api/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "campaigns")
class DuplicateThresholdController {

    private final Duplicates duplicates;

    DuplicateThresholdController(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    @Get("/{id}/duplicate-threshold")
    @Operation(
            operationId = "getDuplicateThreshold",
            summary = "The similarity from which a registration batch warns of a possible duplicate.")
    Duplicates.Threshold get(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return duplicates.threshold(caller, id);
    }

    @Put("/{id}/duplicate-threshold")
    @Operation(
            operationId = "setDuplicateThreshold",
            summary = "Sets the duplicate warning's similarity (0.1–1; null switches the check off).")
    Duplicates.Threshold set(
            @Parameter(hidden = true) Caller caller, @PathVariable long id, @Body Duplicates.Threshold threshold) {
        return duplicates.setThreshold(caller, id, threshold.threshold());
    }
}
