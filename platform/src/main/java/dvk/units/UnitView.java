package dvk.units;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@Serdeable
public record UnitView(
        String code,
        String name,
        String level,
        String type,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        int childCount) {

    public static UnitView of(Unit unit) {
        return new UnitView(
                unit.code(),
                unit.name(),
                unit.level().sqlName(),
                unit.type(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo(),
                unit.childCount());
    }
}
