package dvk.web;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.Campaigns;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.ingest.BatchKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Campaigns: the list, one campaign's fields, periods, targets and quotas, and the managers' edit form. */
@Hidden
@Controller("/phong-trao")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignPageController {

    private final Campaigns campaigns;
    private final Csrf csrf;
    private final Layouts layouts;

    CampaignPageController(Campaigns campaigns, Csrf csrf, Layouts layouts) {
        this.campaigns = campaigns;
        this.csrf = csrf;
        this.layouts = layouts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(Caller caller) {
        Map<String, Object> model = new HashMap<>();
        model.put("campaigns", campaigns.visible(caller));
        return new ModelAndView<>("campaigns", model);
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> view(
            Caller caller, @PathVariable long id, @Nullable @QueryValue("da-luu") String saved) {
        Campaign campaign = campaigns.readable(caller, id);
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", campaign.document());
        model.put(
                "kinds",
                Arrays.stream(BatchKind.values()).map(BatchKind::sqlName).toList());
        model.put("editable", caller.manages(campaign.issuerPath()));
        model.put("saved", saved != null);
        return new ModelAndView<>("campaign", model);
    }

    @Get(value = "/{id}/sua", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(Caller caller, @PathVariable long id) {
        CampaignDocument current = campaigns.managed(caller, id).document();
        return form(current, new CampaignForm.Errors(Map.of()), null);
    }

    @Post(value = "/{id}/sua", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, Caller caller, @PathVariable long id, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        boolean english = "en".equals(layouts.lang(request));
        CampaignDocument current = campaigns.managed(caller, id).document();
        CampaignForm.Parsed parsed = CampaignForm.parse(current, form, english);
        if (parsed.errors().any()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(parsed.document(), parsed.errors(), null));
        }
        try {
            campaigns.update(caller, id, parsed.document());
            return HttpResponse.seeOther(URI.create("/phong-trao/" + id + "?da-luu=1"));
        } catch (InvalidException e) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> problems =
                    (List<Map<String, Object>>) e.details().getOrDefault("errors", List.of());
            // with messages beside the inputs, the page says so in its own words instead of the API's summary
            String problem = problems.isEmpty() ? (english ? e.messageEn() : e.messageVi()) : null;
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(parsed.document(), CampaignForm.fromValidator(problems, english), problem));
        } catch (ConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(form(
                            parsed.document(),
                            new CampaignForm.Errors(Map.of()),
                            english ? e.messageEn() : e.messageVi()));
        }
    }

    private static ModelAndView<Map<String, Object>> form(
            CampaignDocument document, CampaignForm.Errors errors, @Nullable String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("campaign", document);
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("newFields", CampaignForm.NEW_FIELDS);
        model.put(
                "periodRows",
                document.periods().stream().map(CampaignForm.PeriodRow::of).toList());
        model.put("comparisons", List.of(">=", ">", "=", "<=", "<"));
        return new ModelAndView<>("campaign-edit", model);
    }
}
