package dvk.audit;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/audit}: who did what and when, in the caller's subtree. */
@Controller("/api/audit")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(
            operationId = "listAudit",
            summary = "The audit trail of the caller's subtree, oldest first, 100 entries a page",
            description = "unit: a unit's subtree; from, to: days (YYYY-MM-DD, Vietnam time, both included);"
                    + " actor: a user name; action: a name such as report.approve or a prefix such as report")
    @ApiResponse(responseCode = "200", description = "one page of entries")
    @Get
    AuditView list(
            @Parameter(hidden = true) Caller caller,
            @Nullable @QueryValue String unit,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String action,
            @QueryValue(defaultValue = "1") int page) {
        return trail.page(caller, new AuditTrail.Filter(unit, Days.parse(from), Days.parse(to), actor, action), page);
    }
}
