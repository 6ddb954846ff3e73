package dvk.web;

import dvk.access.Caller;
import dvk.reporting.ReportAction;
import dvk.reporting.ReportView;
import dvk.reporting.Reports;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of a period: each unit's state (đã gửi / đã duyệt / bị trả lại and why), "Gửi báo cáo" for the
 * sender, and for the approver the queue of sent reports to approve many at once, return with a reason or reopen.
 */
@Hidden
@Controller("/bao-cao")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportPageController {

    /** A checkbox of the queue is named {@code chon:<kind>:<unit code>}. */
    static final String PICK = "chon:";

    private final Selections selections;
    private final Reports reports;
    private final Csrf csrf;

    ReportPageController(Selections selections, Reports reports, Csrf csrf) {
        this.selections = selections;
        this.reports = reports;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period,
            @Nullable @QueryValue("don-vi") String unit) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        List<ReportView> all = reports.list(
                caller, sel.campaign().id(), sel.period().code(), sel.unit().code());
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put("reports", all);
        model.put(
                "queue", all.stream().filter(r -> "submitted".equals(r.state())).toList());
        model.put(
                "times",
                all.stream()
                        .map(r -> r.actedAt() == null
                                ? ""
                                : Formats.dateTime(r.actedAt().toInstant()))
                        .toList());
        return new ModelAndView<>("reports", model);
    }

    /**
     * {@code hanh-dong} = submit | approve | return | reopen, for the one report named by {@code loai} and
     * {@code ma}, or, for approve, every report ticked in the queue; {@code ly-do} is the reason of a return.
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> act(HttpRequest<?> request, Caller caller, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        Selection sel =
                selections.resolve(caller, Long.valueOf(form.get("phong-trao")), form.get("ky"), form.get("don-vi"));
        ReportAction action = ReportAction.parse(form.get("hanh-dong"));
        String reason = form.get("ly-do");
        if (form.containsKey("loai") && form.containsKey("ma")) {
            reports.act(
                    caller, sel.campaign().id(), sel.period().code(), form.get("loai"), form.get("ma"), action, reason);
        }
        for (String key : form.keySet()) {
            if (key.startsWith(PICK)) {
                String[] report = key.substring(PICK.length()).split(":", 2);
                reports.act(caller, sel.campaign().id(), sel.period().code(), report[0], report[1], action, reason);
            }
        }
        URI back = UriBuilder.of("/bao-cao")
                .queryParam("phong-trao", sel.campaign().id())
                .queryParam("ky", sel.period().code())
                .queryParam("don-vi", sel.unit().code())
                .build();
        return HttpResponse.seeOther(back);
    }
}
