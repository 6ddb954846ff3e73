package dvk.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A unit with the units it was formed from ("trước đây là …") and the units it went into ("nay là …"). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LineageView(UnitView unit, List<Link> predecessors, List<Link> successors) {

    /** One official link; {@code coverage} is "full" (the whole old unit) or "partial" (part of a split). */
    @Serdeable
    public record Link(
            String code,
            String name,
            String level,
            String type,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            String coverage,
            LocalDate effectiveOn) {

        static Link of(Succession succession) {
            Unit unit = succession.unit();
            return new Link(
                    unit.code(),
                    unit.name(),
                    unit.level().sqlName(),
                    unit.type(),
                    unit.validFrom(),
                    unit.validTo(),
                    succession.coverage(),
                    succession.effectiveOn());
        }
    }

    static LineageView of(Unit unit, List<Succession> predecessors, List<Succession> successors) {
        return new LineageView(
                UnitView.of(unit),
                predecessors.stream().map(Link::of).toList(),
                successors.stream().map(Link::of).toList());
    }
}
