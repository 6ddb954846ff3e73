package dvk.campaigns;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Objects;

@Controller("/api/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "campaigns")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** Campaigns that apply to the caller's unit or that it oversees. */
    @Get
    @Operation(operationId = "listCampaigns")
    List<CampaignDocument> list(@Parameter(hidden = true) Caller caller) {
        return campaigns.visible(caller).stream().map(Campaign::document).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getCampaign", summary = "One campaign the caller may read.")
    CampaignDocument get(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return campaigns.readable(caller, id).document();
    }

    /** Creates a campaign from one document; periods left out are generated (Decree 09 cut-offs by default). */
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createCampaign")
    @ApiErrors.Conflict
    CampaignDocument create(@Parameter(hidden = true) Caller caller, @Body CampaignDocument document) {
        return campaigns.create(caller, document).document();
    }

    /** The campaigns of the units the issuer succeeded that this one continues. */
    @Get("/{id}/continues")
    @Operation(operationId = "getContinuation")
    Continuation continues(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return new Continuation(campaigns.readable(caller, id).continues());
    }

    /**
     * Sets the campaigns this one continues: a period it lacks (2024 for a 2025–2026 campaign) is read from them,
     * re-based onto its units, and {@code compare} reaches them.
     */
    @Put("/{id}/continues")
    @Operation(operationId = "setContinuation")
    Continuation continueFrom(
            @Parameter(hidden = true) Caller caller, @PathVariable long id, @Body Continuation continuation) {
        return new Continuation(
                campaigns.continueFrom(caller, id, continuation.campaignIds()).continues());
    }

    /** The ids of the campaigns continued; an empty or missing list ends the continuation. */
    @Serdeable
    @Schema(name = "Continuation")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Continuation(@Nullable List<Long> campaignIds) {

        Continuation {
            campaignIds = campaignIds == null
                    ? List.of()
                    : campaignIds.stream().filter(Objects::nonNull).toList();
        }
    }

    @Put("/{id}")
    @Operation(operationId = "updateCampaign", summary = "Replaces a campaign's document.")
    @ApiErrors.Conflict
    CampaignDocument update(
            @Parameter(hidden = true) Caller caller, @PathVariable long id, @Body CampaignDocument document) {
        return campaigns.update(caller, id, document).document();
    }
}
