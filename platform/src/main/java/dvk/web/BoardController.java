package dvk.web;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.reporting.ReportView;
import dvk.reporting.Reports;
import dvk.rollups.Compare;
import dvk.rollups.Rollups;
import io.micronaut.core.annotation.Nullable;
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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The submission board: for a period, every expected commune and the status of each form it owes. */
@Hidden
@Controller("/nop-bao-cao")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BoardController {

    private final Selections selections;
    private final Rollups rollups;
    private final SubmissionBoard board;
    private final Reports reports;

    BoardController(Selections selections, Rollups rollups, SubmissionBoard board, Reports reports) {
        this.reports = reports;
        this.selections = selections;
        this.rollups = rollups;
        this.board = board;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> board(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period,
            @Nullable @QueryValue("don-vi") String unit) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        Campaign.PeriodRef periodRef =
                sel.campaign().period(sel.period().code()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put(
                "forms",
                rollups.of(
                                caller,
                                sel.unit().code(),
                                sel.campaign().id(),
                                sel.period().code(),
                                Compare.NONE,
                                sel.basis())
                        .submissions());
        model.put("kinds", SubmissionBoard.KINDS);
        model.put("dues", SubmissionBoard.dues(sel.period()));
        model.put(
                "lines",
                board.lines(
                        sel.campaign(),
                        periodRef,
                        rollups.areas(
                                caller,
                                sel.unit().code(),
                                sel.campaign().id(),
                                sel.period().code(),
                                sel.basis())));
        // each commune's reports: sent, approved or returned, and by whom
        model.put(
                "reports",
                reports
                        .list(
                                caller,
                                sel.campaign().id(),
                                sel.period().code(),
                                sel.unit().code())
                        .stream()
                        .collect(Collectors.groupingBy(ReportView::unitCode)));
        return new ModelAndView<>("board", model);
    }
}
