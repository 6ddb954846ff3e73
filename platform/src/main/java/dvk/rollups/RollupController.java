package dvk.rollups;

import dvk.access.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * Rollups of a unit's subtree ({@code VN}: the nation, administrators only), the models behind them, and each
 * table as CSV or XLSX.
 */
@Controller("/api/rollups/{unitCode}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class RollupController {

    private final Rollups rollups;

    RollupController(Rollups rollups) {
        this.rollups = rollups;
    }

    @Get
    Rollup rollup(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                  @QueryValue String period, @Nullable @QueryValue String compare) {
        return rollups.of(caller, unitCode, campaign, period, Compare.parse(compare));
    }

    /** One table of the rollup: totals, fields, children, targets, submissions or commendation. */
    @Get("/export")
    HttpResponse<byte[]> export(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                                @QueryValue String period, @QueryValue String table, @QueryValue String format) {
        Rollup rollup = rollups.of(caller, unitCode, campaign, period, Compare.NONE);
        return TableDownload.of(RollupTables.of(rollup, table), unitCode, period, format);
    }

    /** The models behind the figures; {@code format=csv|xlsx} exports every matching model. */
    @Get("/models")
    HttpResponse<?> models(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                           @QueryValue String period, @Nullable @QueryValue String field,
                           @Nullable @QueryValue String type, @Nullable @QueryValue String status,
                           @Nullable @QueryValue String rating, @Nullable @QueryValue String child,
                           @QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "50") int size,
                           @Nullable @QueryValue String format) {
        ModelPage.Filter filter = new ModelPage.Filter(field, type, status, rating, child);
        if (format == null) {
            return HttpResponse.ok(rollups.models(caller, unitCode, campaign, period, filter, page, size));
        }
        ModelPage all = rollups.allModels(caller, unitCode, campaign, period, filter);
        return TableDownload.of(RollupTables.models(all), unitCode, period, format);
    }
}
