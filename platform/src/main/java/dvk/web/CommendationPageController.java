package dvk.web;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.commendation.CommendationView;
import dvk.commendation.Commendations;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;

/**
 * Khen thưởng: the ranked candidates and the rule that ranked them, the unit's share of each quota, the
 * allocation form for a manager whose unit has units below it, the proposals with "Đề nghị", and the decisions,
 * which the issuer's manager takes with the decision's number and date. Refusals show the problem's message.
 */
@Hidden
@Controller("/khen-thuong")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CommendationPageController {

    private final Selections selections;
    private final Commendations commendations;
    private final Csrf csrf;

    CommendationPageController(Selections selections, Commendations commendations, Csrf csrf) {
        this.selections = selections;
        this.commendations = commendations;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period,
            @Nullable @QueryValue("don-vi") String unit) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        CommendationView view =
                commendations.view(caller, sel.campaign().id(), sel.period().code(), inCampaign(sel));
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put("view", view);
        model.put("issuer", caller.isAdmin() || caller.manages(sel.campaign().issuerPath()));
        // the ledgers list the unit's children after the unit itself: a manager allocates to them
        model.put(
                "allocates",
                caller.role().atLeast(Role.MANAGER)
                        && view.quotas().stream().anyMatch(q -> q.allocations().size() > 1));
        return new ModelAndView<>("commendation", model);
    }

    /**
     * {@code hanh-dong} = {@code phan-bo} (quota {@code chi-tieu}, unit {@code ma}, {@code so-luong}), {@code de-nghi}
     * (quota {@code chi-tieu}, model {@code mo-hinh}, {@code ly-do}) or {@code quyet-dinh} (proposal {@code de-nghi},
     * {@code duyet} = 1 | 0, {@code so}, {@code ngay} dd/mm/yyyy or yyyy-mm-dd, {@code nguoi-ky}).
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> act(HttpRequest<?> request, Caller caller, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        Selection sel =
                selections.resolve(caller, Long.valueOf(form.get("phong-trao")), form.get("ky"), form.get("don-vi"));
        long campaign = sel.campaign().id();
        switch (String.valueOf(form.get("hanh-dong"))) {
            case "phan-bo" ->
                commendations.allocate(
                        caller, campaign, number(form.get("chi-tieu")), form.get("ma"), count(form.get("so-luong")));
            case "de-nghi" ->
                commendations.propose(
                        caller, campaign, number(form.get("chi-tieu")), form.get("mo-hinh"), form.get("ly-do"));
            case "quyet-dinh" ->
                commendations.decide(
                        caller,
                        campaign,
                        number(form.get("de-nghi")),
                        "1".equals(form.get("duyet")),
                        form.get("so"),
                        Days.parse(form.get("ngay")),
                        form.get("nguoi-ky"));
            default -> throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such action");
        }
        return HttpResponse.seeOther(UriBuilder.of("/khen-thuong")
                .queryParam("phong-trao", campaign)
                .queryParam("ky", sel.period().code())
                .queryParam("don-vi", sel.unit().code())
                .build());
    }

    /** The picked unit when it lies in the campaign's tree; else the user's own unit in it. */
    @Nullable
    private static String inCampaign(Selection sel) {
        String issuer = sel.campaign().issuerPath();
        String path = sel.unit().path();
        return path.equals(issuer) || path.startsWith(issuer + ".") ? sel.unit().code() : null;
    }

    private static long number(@Nullable String value) {
        try {
            return Long.parseLong(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Nullable
    private static Integer count(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
