package dvk.web;

import dvk.access.Caller;
import dvk.rollups.Compare;
import dvk.rollups.ModelPage;
import dvk.rollups.RollupTables;
import dvk.rollups.Rollups;
import dvk.rollups.Table;
import dvk.rollups.TableDownload;
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
import java.util.HashMap;
import java.util.Map;

/**
 * What the dashboard opens on demand: the models behind a figure (an htmx fragment) and each table as CSV or
 * XLSX. The same files as the rollup API's exports, for a browser holding a session cookie instead of a token.
 */
@Hidden
@Controller("/bang-dieu-khien")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardDataController {

    private static final int PAGE_SIZE = 50;

    private final Selections selections;
    private final Rollups rollups;
    private final RollupTables tables;

    DashboardDataController(Selections selections, Rollups rollups, RollupTables tables) {
        this.selections = selections;
        this.rollups = rollups;
        this.tables = tables;
    }

    @Get(value = "/mo-hinh", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> models(
            Caller caller,
            @QueryValue("phong-trao") long campaign,
            @QueryValue("ky") String period,
            @QueryValue("don-vi") String unit,
            @Nullable @QueryValue("linh-vuc") String field,
            @Nullable @QueryValue("loai") String type,
            @Nullable @QueryValue("muc") String rating,
            @Nullable @QueryValue("don-vi-con") String child) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        ModelPage.Filter filter = new ModelPage.Filter(field, type, null, rating, child);
        ModelPage page = rollups.models(caller, sel.unit().code(), campaign, period, sel.basis(), filter, 1, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put("page", page);
        return new ModelAndView<>("dashboard-models :: models", model);
    }

    /**
     * {@code bang}: totals, fields, children, targets, submissions, commendation or models; {@code dinh-dang}:
     * csv, csv-semicolon or xlsx.
     */
    @Get("/xuat")
    HttpResponse<byte[]> export(
            Caller caller,
            @QueryValue("phong-trao") long campaign,
            @QueryValue("ky") String period,
            @QueryValue("don-vi") String unit,
            @QueryValue("bang") String table,
            @QueryValue("dinh-dang") String format) {
        Selection sel = selections.resolve(caller, campaign, period, unit);
        String code = sel.unit().code();
        Table content = "models".equals(table)
                ? tables.models(rollups.allModels(caller, code, campaign, period, sel.basis(), ModelPage.Filter.none()))
                : tables.of(rollups.of(caller, code, campaign, period, Compare.NONE, sel.basis()), table);
        return TableDownload.of(content, code, period, format);
    }
}
