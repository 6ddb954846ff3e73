package dvk.units;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.errors.InvalidException;
import dvk.errors.TenantErrorCode;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.util.List;

@Controller("/api/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class UnitController {

    private final UnitAccess access;
    private final UnitRepository units;

    UnitController(UnitAccess access, UnitRepository units) {
        this.access = access;
        this.units = units;
    }

    /** A unit by GSO code, as in force on {@code on} (default today). */
    @Get("/{code}")
    UnitView unit(Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        return UnitView.of(access.readable(caller, code, Days.onOrToday(on)));
    }

    @Get("/{code}/children")
    List<UnitView> children(Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        LocalDate day = Days.onOrToday(on);
        return units.children(access.readable(caller, code, day), day).stream().map(UnitView::of).toList();
    }

    /** The unit's ancestors and itself, from the province down. */
    @Get("/{code}/lineage")
    List<AncestorView> lineage(Caller caller, @PathVariable String code, @Nullable @QueryValue String on) {
        return units.lineage(access.readable(caller, code, Days.onOrToday(on))).stream()
                .map(AncestorView::of).toList();
    }

    /** Units of one level within the caller's scope (an administrator sees all). */
    @Get
    List<UnitView> byLevel(Caller caller, @QueryValue String level, @Nullable @QueryValue String on) {
        UnitLevel unitLevel;
        try {
            unitLevel = UnitLevel.fromSql(level);
        } catch (IllegalArgumentException e) {
            throw new InvalidException(TenantErrorCode.INVALID_LEVEL, level);
        }
        return units.byLevel(unitLevel, Days.onOrToday(on), caller.readScope()).stream().map(UnitView::of).toList();
    }
}
