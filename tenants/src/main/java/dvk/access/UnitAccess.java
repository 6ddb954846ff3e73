package dvk.access;

import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that turns a unit code from a request into a unit the caller may see. Outside the
 * caller's scope a unit is "not found", exactly as a code that does not exist.
 *
 * <p>Codes repeat across the 3-level structure (until 30/6/2025) and the 2-level one, so a code is read as of a
 * day. A request that names no day reads today's units, or, for a user whose own unit has ended (a former
 * district), the units as of that unit's last day: no user ever loses their own unit to the default.
 */
@Singleton
public class UnitAccess {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitRepository units;
    private final Clock clock;

    public UnitAccess(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The day a request without {@code on=} is read on: today, or the last day of the caller's ended unit. */
    public LocalDate defaultDay(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        if (caller.unitId() == null) {
            return today;
        }
        return units.findById(caller.unitId()).map(home -> home.clampDay(today)).orElse(today);
    }

    /** The day asked for, else the caller's {@link #defaultDay}. */
    public LocalDate dayOrDefault(Caller caller, @Nullable LocalDate on) {
        return on != null ? on : defaultDay(caller);
    }

    /**
     * A unit as of the day asked for. With no day: today's unit, else the unit as of the caller's default day,
     * else the last unit that bore the code within the caller's scope (a code that has since gone out of use).
     */
    public Unit readable(Caller caller, String code, @Nullable LocalDate on) {
        String scope = caller.readScope();
        if (on != null) {
            return units.findByCode(code, on, scope).orElseThrow(() -> notFound(code));
        }
        LocalDate today = LocalDate.now(clock);
        return units.findByCode(code, today, scope)
                .or(() -> {
                    LocalDate home = defaultDay(caller);
                    return home.equals(today) ? Optional.empty() : units.findByCode(code, home, scope);
                })
                .or(() -> units.findAllByCode(code, scope).stream().findFirst())
                .orElseThrow(() -> notFound(code));
    }

    /** A unit in force at some time from {@code first} to {@code last} (a period), the latest when codes repeat. */
    public Unit readableDuring(Caller caller, String code, LocalDate first, LocalDate last) {
        return units.findByCodeDuring(code, first, last, caller.readScope()).orElseThrow(() -> notFound(code));
    }

    public Unit writable(Caller caller, String code, LocalDate on) {
        Unit unit = readable(caller, code, on);
        if (!caller.writes(unit.path())) {
            throw notFound(code);
        }
        return unit;
    }

    public Unit managed(Caller caller, String code, LocalDate on) {
        Unit unit = readable(caller, code, on);
        if (!caller.manages(unit.path())) {
            throw notFound(code);
        }
        return unit;
    }

    /**
     * The unit a setting that outlives a structure (a user) is bound to: the one in force on {@code on}, or,
     * without a day, the only unit that ever bore the code within what the caller manages. A code borne by
     * several such units is refused with the candidates, so a user is never bound to the wrong structure.
     */
    public Unit managedUnambiguous(Caller caller, String code, @Nullable LocalDate on) {
        if (on != null) {
            return managed(caller, code, on);
        }
        List<Unit> candidates = units.findAllByCode(code, caller.readScope()).stream()
                .filter(unit -> caller.manages(unit.path()))
                .toList();
        if (candidates.isEmpty()) {
            throw notFound(code);
        }
        if (candidates.size() > 1) {
            throw new InvalidException(
                    TenantErrorCode.AMBIGUOUS_UNIT,
                    code,
                    candidates.stream().map(UnitAccess::describe).collect(Collectors.joining("; ")));
        }
        return candidates.get(0);
    }

    /** A unit by id, if the caller may read it; used when a stored row names a unit. */
    public Unit readable(Caller caller, long unitId) {
        return units.findById(unitId, caller.readScope()).orElseThrow(() -> notFound(String.valueOf(unitId)));
    }

    private static String describe(Unit unit) {
        return unit.name() + " (" + unit.validFrom().format(DMY) + " – "
                + (unit.validTo() == null ? "" : unit.validTo().format(DMY)) + ")";
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code);
    }
}
