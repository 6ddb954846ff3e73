package dvk.rollups;

import dvk.access.Caller;
import dvk.errors.InvalidException;
import dvk.http.ApiErrors;
import dvk.snapshots.Snapshots;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Rollups of a unit's subtree ({@code VN}: the nation, administrators only), the models behind them, and each
 * table as CSV or XLSX.
 */
@Controller("/api/rollups/{unitCode}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "rollups")
class RollupController {

    private final Rollups rollups;
    private final Bases bases;
    private final RollupTables tables;
    private final Snapshots snapshots;

    RollupController(Rollups rollups, Bases bases, RollupTables tables, Snapshots snapshots) {
        this.rollups = rollups;
        this.bases = bases;
        this.tables = tables;
        this.snapshots = snapshots;
    }

    /**
     * {@code basis=current} (today) or {@code basis=YYYY-MM-DD} counts the period's figures onto the units in
     * force that day through the official lineage; {@code unitCode} then names a unit of that day.
     * {@code snapshot={id}} reads the figures as they were frozen ("chốt số liệu"). {@code count=approved} counts
     * only the rows whose report of the period and form is approved (a sender's own rows always count); every
     * answer carries the subtree's report states.
     */
    @Get
    @Operation(operationId = "getRollup")
    Rollup rollup(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String unitCode,
            @QueryValue long campaign,
            @QueryValue String period,
            @Nullable @QueryValue String compare,
            @Nullable @QueryValue String basis,
            @Nullable @QueryValue Long snapshot,
            @Parameter(schema = @Schema(allowableValues = {"all", "approved"})) @Nullable @QueryValue String count) {
        Count counted = Count.parse(count);
        if (snapshot != null) {
            // a freeze keeps the figures as they were counted then: all of them
            if (counted != Count.ALL) {
                throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "count", count);
            }
            return snapshots.rollup(caller, snapshot, unitCode, campaign, period);
        }
        return rollups.of(caller, unitCode, campaign, period, Compare.parse(compare), bases.parse(basis), counted);
    }

    /** One table of the rollup: totals, fields, children, targets, submissions or commendation. */
    @Get("/export")
    @Operation(operationId = "exportRollupTable")
    @Produces({"text/csv", ApiErrors.XLSX})
    @ApiResponse(
            responseCode = "200",
            description = "the table, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                @Content(mediaType = ApiErrors.XLSX, schema = @Schema(type = "string", format = ApiErrors.BINARY))
            })
    HttpResponse<byte[]> export(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String unitCode,
            @QueryValue long campaign,
            @QueryValue String period,
            @QueryValue String table,
            @Parameter(schema = @Schema(allowableValues = {"csv", "csv-semicolon", "xlsx"})) @QueryValue String format,
            @Nullable @QueryValue String basis) {
        Rollup rollup = rollups.of(caller, unitCode, campaign, period, Compare.NONE, bases.parse(basis));
        return TableDownload.of(tables.of(rollup, table), unitCode, period, format);
    }

    /** The models behind the figures; {@code format=csv|xlsx} exports every matching model. */
    @Get("/models")
    @Operation(operationId = "rollupModels")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", ApiErrors.XLSX})
    @ApiResponse(
            responseCode = "200",
            description = "a page of models as JSON, or with `format` every matching" + " model as an attachment",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelPage.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                @Content(mediaType = ApiErrors.XLSX, schema = @Schema(type = "string", format = ApiErrors.BINARY))
            })
    HttpResponse<?> models(
            @Parameter(hidden = true) Caller caller,
            @PathVariable String unitCode,
            @QueryValue long campaign,
            @QueryValue String period,
            @Nullable @QueryValue String field,
            @Nullable @QueryValue String type,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue String rating,
            @Nullable @QueryValue String child,
            @QueryValue(defaultValue = "1") int page,
            @QueryValue(defaultValue = "50") int size,
            @Parameter(schema = @Schema(allowableValues = {"csv", "csv-semicolon", "xlsx"})) @Nullable @QueryValue
                    String format,
            @Nullable @QueryValue String basis) {
        ModelPage.Filter filter = new ModelPage.Filter(field, type, status, rating, child);
        if (format == null) {
            return HttpResponse.ok(
                    rollups.models(caller, unitCode, campaign, period, bases.parse(basis), filter, page, size));
        }
        ModelPage all = rollups.allModels(caller, unitCode, campaign, period, bases.parse(basis), filter);
        return TableDownload.of(tables.models(all), unitCode, period, format);
    }
}
