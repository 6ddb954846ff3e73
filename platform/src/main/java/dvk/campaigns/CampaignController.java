package dvk.campaigns;

import dvk.access.Caller;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;

@Controller("/api/campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class CampaignController {

    private final Campaigns campaigns;

    CampaignController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** Campaigns that apply to the caller's unit or that it oversees. */
    @Get
    List<CampaignDocument> list(Caller caller) {
        return campaigns.visible(caller).stream().map(Campaign::document).toList();
    }

    @Get("/{id}")
    CampaignDocument get(Caller caller, @PathVariable long id) {
        return campaigns.readable(caller, id).document();
    }

    /** Creates a campaign from one document; periods left out are generated (Decree 09 cut-offs by default). */
    @Post
    @Status(HttpStatus.CREATED)
    CampaignDocument create(Caller caller, @Body CampaignDocument document) {
        return campaigns.create(caller, document).document();
    }

    @Put("/{id}")
    CampaignDocument update(Caller caller, @PathVariable long id, @Body CampaignDocument document) {
        return campaigns.update(caller, id, document).document();
    }
}
