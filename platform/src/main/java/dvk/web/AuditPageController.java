package dvk.web;

import dvk.access.Caller;
import dvk.audit.AuditTrail;
import dvk.audit.AuditView;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The audit trail of the user's subtree, filtered by unit, days, user and action, and as CSV. */
@Hidden
@Controller("/nhat-ky")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditPageController {

    /** The CSV holds at most this many pages of entries; narrow the filter for more. */
    static final int CSV_PAGES = 100;

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @Nullable @QueryValue("don-vi") String unit,
            @Nullable @QueryValue("tu") String from,
            @Nullable @QueryValue("den") String to,
            @Nullable @QueryValue("nguoi") String actor,
            @Nullable @QueryValue("thao-tac") String action,
            @QueryValue(value = "trang", defaultValue = "1") int page) {
        AuditView view = trail.page(caller, filter(unit, from, to, actor, action), page);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("pages", Math.max(1, (view.total() + AuditTrail.PAGE_SIZE - 1) / AuditTrail.PAGE_SIZE));
        model.put(
                "times",
                view.entries().stream()
                        .map(e -> Formats.dateTime(e.at().toInstant()))
                        .toList());
        Map<String, String> query = new HashMap<>();
        query.put("unit", unit == null ? "" : unit);
        query.put("from", from == null ? "" : from);
        query.put("to", to == null ? "" : to);
        query.put("actor", actor == null ? "" : actor);
        query.put("action", action == null ? "" : action);
        model.put("q", query);
        return new ModelAndView<>("audit", model);
    }

    @Get("/csv")
    HttpResponse<byte[]> csv(
            Caller caller,
            @Nullable @QueryValue("don-vi") String unit,
            @Nullable @QueryValue("tu") String from,
            @Nullable @QueryValue("den") String to,
            @Nullable @QueryValue("nguoi") String actor,
            @Nullable @QueryValue("thao-tac") String action) {
        AuditTrail.Filter filter = filter(unit, from, to, actor, action);
        // a BOM, so Excel opens the Vietnamese text as UTF-8
        StringBuilder csv = new StringBuilder("\uFEFFid,thoi_diem,nguoi_thuc_hien,thao_tac,ma_don_vi,don_vi,"
                + "phong_trao,doi_tuong,chi_tiet,dia_chi\r\n");
        for (int page = 1; page <= CSV_PAGES; page++) {
            AuditView view = trail.page(caller, filter, page);
            for (AuditView.Entry e : view.entries()) {
                csv.append(e.id())
                        .append(',')
                        .append(cell(e.at().toString()))
                        .append(',')
                        .append(cell(e.actor()))
                        .append(',')
                        .append(cell(e.action()))
                        .append(',')
                        .append(cell(e.unitCode()))
                        .append(',')
                        .append(cell(e.unitName()))
                        .append(',')
                        .append(e.campaignId() == null ? "" : e.campaignId())
                        .append(',')
                        .append(cell(e.subject()))
                        .append(',')
                        .append(cell(e.details().toString()))
                        .append(',')
                        .append(cell(e.address()))
                        .append("\r\n");
            }
            if ((long) page * AuditTrail.PAGE_SIZE >= view.total()) {
                break;
            }
        }
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"nhat-ky.csv\"");
    }

    private static AuditTrail.Filter filter(
            @Nullable String unit,
            @Nullable String from,
            @Nullable String to,
            @Nullable String actor,
            @Nullable String action) {
        return new AuditTrail.Filter(unit, Days.parse(from), Days.parse(to), actor, action);
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
