package dvk.reporting;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The reports of a campaign period: their states in the caller's subtree, and sending, approving, returning, reopening. */
@Controller("/api/campaigns/{id}/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "reports")
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @Operation(
            operationId = "listReports",
            summary = "States of the period's reports in the caller's subtree (or the subtree of unit)")
    @ApiResponse(responseCode = "200", description = "one entry per unit and form with data or a state")
    @Get
    List<ReportView> list(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @QueryValue String period,
            @Nullable @QueryValue String unit) {
        return reports.list(caller, id, period, unit);
    }

    @Operation(
            operationId = "actOnReport",
            summary = "Send, approve, return (with a reason) or reopen a unit's report of a form")
    @ApiResponse(responseCode = "200", description = "the report's new state")
    @ApiErrors.Conflict
    @Post("/{period}/{kind}/{unitCode}")
    ReportView act(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable String period,
            @PathVariable String kind,
            @PathVariable String unitCode,
            @Body ReportRequest request) {
        return reports.act(caller, id, period, kind, unitCode, ReportAction.parse(request.action()), request.reason());
    }
}
