package dvk.units;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.errors.InvalidException;
import dvk.errors.TenantErrorCode;
import dvk.http.ApiErrors;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * Units by GSO code. Without {@code on=} a code is read as of today, or, for a user whose own unit has
 * ended, as of that unit's last day ({@link UnitAccess#defaultDay}).
 */
@Controller("/api/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "units")
class UnitController {

    private final UnitAccess access;
    private final UnitRepository units;

    UnitController(UnitAccess access, UnitRepository units) {
        this.access = access;
        this.units = units;
    }

    @Get("/{code}")
    @Operation(operationId = "getUnit", summary = "One unit the caller may read.")
    UnitView unit(@Parameter(hidden = true) Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        return UnitView.of(access.readable(caller, code, Days.parse(on)));
    }

    /** The children in force on the day, or on the unit's last day when it ended before. */
    @Get("/{code}/children")
    @Operation(operationId = "unitChildren")
    List<UnitView> children(
            @Parameter(hidden = true) Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        Unit unit = access.readable(caller, code, Days.parse(on));
        return units.children(unit, unit.clampDay(access.dayOrDefault(caller, Days.parse(on)))).stream()
                .map(UnitView::of)
                .toList();
    }

    /** The unit's ancestors and itself, from the province down: names for breadcrumbs, nothing more. */
    @Get("/{code}/ancestors")
    @Operation(operationId = "unitAncestors")
    List<AncestorView> ancestors(
            @Parameter(hidden = true) Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        return units.ancestors(access.readable(caller, code, Days.parse(on))).stream()
                .map(AncestorView::of)
                .toList();
    }

    /** The official lineage: the units this one was formed from and the units it went into, with coverage. */
    @Get("/{code}/lineage")
    @Operation(operationId = "unitLineage")
    LineageView lineage(
            @Parameter(hidden = true) Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        Unit unit = access.readable(caller, code, Days.parse(on));
        return LineageView.of(unit, units.predecessors(unit), units.successors(unit));
    }

    /** Units of one level within the caller's scope (an administrator sees all). */
    @Get
    @Operation(operationId = "unitsByLevel")
    List<UnitView> byLevel(
            @Parameter(hidden = true) Caller caller, @QueryValue String level, @Nullable @QueryValue String on) {
        UnitLevel unitLevel;
        try {
            unitLevel = UnitLevel.fromSql(level);
        } catch (IllegalArgumentException e) {
            throw new InvalidException(TenantErrorCode.INVALID_LEVEL, level);
        }
        return units.byLevel(unitLevel, access.dayOrDefault(caller, Days.parse(on)), caller.readScope()).stream()
                .map(UnitView::of)
                .toList();
    }
}
