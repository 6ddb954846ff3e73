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
    private final Bases bases;
    private final RollupTables tables;

    RollupController(Rollups rollups, Bases bases, RollupTables tables) {
        this.rollups = rollups;
        this.bases = bases;
        this.tables = tables;
    }

    /**
     * {@code basis=current} (today) or {@code basis=YYYY-MM-DD} counts the period's figures onto the units in
     * force that day through the official lineage; {@code unitCode} then names a unit of that day.
     */
    @Get
    Rollup rollup(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                  @QueryValue String period, @Nullable @QueryValue String compare,
                  @Nullable @QueryValue String basis) {
        return rollups.of(caller, unitCode, campaign, period, Compare.parse(compare), bases.parse(basis));
    }

    /** One table of the rollup: totals, fields, children, targets, submissions or commendation. */
    @Get("/export")
    HttpResponse<byte[]> export(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                                @QueryValue String period, @QueryValue String table, @QueryValue String format,
                                @Nullable @QueryValue String basis) {
        Rollup rollup = rollups.of(caller, unitCode, campaign, period, Compare.NONE, bases.parse(basis));
        return TableDownload.of(tables.of(rollup, table), unitCode, period, format);
    }

    /** The models behind the figures; {@code format=csv|xlsx} exports every matching model. */
    @Get("/models")
    HttpResponse<?> models(Caller caller, @PathVariable String unitCode, @QueryValue long campaign,
                           @QueryValue String period, @Nullable @QueryValue String field,
                           @Nullable @QueryValue String type, @Nullable @QueryValue String status,
                           @Nullable @QueryValue String rating, @Nullable @QueryValue String child,
                           @QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "50") int size,
                           @Nullable @QueryValue String format, @Nullable @QueryValue String basis) {
        ModelPage.Filter filter = new ModelPage.Filter(field, type, status, rating, child);
        if (format == null) {
            return HttpResponse.ok(rollups.models(caller, unitCode, campaign, period, bases.parse(basis), filter,
                    page, size));
        }
        ModelPage all = rollups.allModels(caller, unitCode, campaign, period, bases.parse(basis), filter);
        return TableDownload.of(RollupTables.models(all), unitCode, period, format);
    }
}
