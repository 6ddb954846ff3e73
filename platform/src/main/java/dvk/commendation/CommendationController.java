package dvk.commendation;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Commendation of a campaign period: quota ledgers, shares, proposals and decisions ({@link Commendations}). */
@Controller("/api/campaigns/{id}/commendation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "commendation")
class CommendationController {

    private final Commendations commendations;

    CommendationController(Commendations commendations) {
        this.commendations = commendations;
    }

    @Get
    @Operation(
            operationId = "getCommendation",
            summary = "Quotas with the unit's and its children's ledgers, ranked candidates, proposals, decisions")
    CommendationView get(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @QueryValue String period,
            @Nullable @QueryValue String unit) {
        return commendations.view(caller, id, period, unit);
    }

    @Put("/quotas/{quotaId}/allocations/{unitCode}")
    @Operation(
            operationId = "allocateCommendationShare",
            summary = "Sets a unit's share of a quota (a manager of the unit directly above); 422 beyond what it holds")
    @ApiErrors.Conflict
    CommendationView.Allocation allocate(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable long quotaId,
            @PathVariable String unitCode,
            @Body CommendationRequests.Allocation request) {
        return commendations.allocate(caller, id, quotaId, unitCode, request.count());
    }

    @Post("/proposals")
    @Status(HttpStatus.CREATED)
    @Operation(
            operationId = "proposeForCommendation",
            summary = "Proposes a model within the caller's unit's share; 409 beyond the share")
    @ApiErrors.Conflict
    CommendationView.Proposal propose(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @Body CommendationRequests.Proposal request) {
        return commendations.propose(caller, id, request.quotaId(), request.modelCode(), request.reason());
    }

    @Post("/proposals/{proposalId}/decision")
    @Operation(
            operationId = "decideCommendation",
            summary = "The issuer approves (decision number and date) or declines a proposal")
    @ApiErrors.Conflict
    CommendationView.Proposal decide(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable long proposalId,
            @Body CommendationRequests.Decision request) {
        return commendations.decide(
                caller,
                id,
                proposalId,
                request.approved(),
                request.decisionNumber(),
                request.decisionDate(),
                request.signer());
    }
}
