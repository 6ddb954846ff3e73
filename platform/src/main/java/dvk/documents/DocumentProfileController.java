package dvk.documents;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A unit's document profile: read by anyone who reads the unit, saved by its manager. */
@Controller("/api/units/{code}/document-profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "units")
class DocumentProfileController {

    private final DocumentProfiles profiles;

    DocumentProfileController(DocumentProfiles profiles) {
        this.profiles = profiles;
    }

    @Get
    @Operation(
            operationId = "getDocumentProfile",
            summary = "How the unit heads and signs its documents: saved by its manager, else the defaults.")
    DocumentProfile read(
            @Parameter(hidden = true) Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        return profiles.read(caller, code, Days.parse(on));
    }

    @Put
    @Operation(
            operationId = "saveDocumentProfile",
            summary = "Saves the unit's document profile; a signing line that does not belong under the body is 422.")
    DocumentProfile save(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String code,
            @Nullable @QueryValue String on,
            @Body DocumentProfile profile) {
        return profiles.save(caller, code, Days.parse(on), profile);
    }
}
