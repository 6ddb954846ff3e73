package dvk.access;

import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * The one place that turns a unit code from a request into a unit the caller may see. Outside the
 * caller's scope a unit is "not found", exactly as a code that does not exist.
 */
@Singleton
public class UnitAccess {

    private final UnitRepository units;

    public UnitAccess(UnitRepository units) {
        this.units = units;
    }

    public Unit readable(Caller caller, String code, LocalDate on) {
        return units.findByCode(code, on, caller.readScope())
                .orElseThrow(() -> new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code));
    }

    public Unit writable(Caller caller, String code, LocalDate on) {
        Unit unit = readable(caller, code, on);
        if (!caller.writes(unit.path())) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code);
        }
        return unit;
    }

    public Unit managed(Caller caller, String code, LocalDate on) {
        Unit unit = readable(caller, code, on);
        if (!caller.manages(unit.path())) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code);
        }
        return unit;
    }

    /** The latest unit with the code that the caller manages, for settings that outlive a structure (users). */
    public Unit managedLatest(Caller caller, String code) {
        return units.findLatestByCode(code, caller.readScope())
                .filter(unit -> caller.manages(unit.path()))
                .orElseThrow(() -> new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code));
    }

    /** A unit by id, if the caller may read it; used when a stored row names a unit. */
    public Unit readable(Caller caller, long unitId) {
        return units.findById(unitId)
                .filter(unit -> caller.reads(unit.path()))
                .orElseThrow(() -> new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, String.valueOf(unitId)));
    }
}
