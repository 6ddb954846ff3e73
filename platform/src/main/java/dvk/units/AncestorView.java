package dvk.units;

import io.micronaut.serde.annotation.Serdeable;

/** What a reader may know of the units above their own: enough for breadcrumbs, nothing more. */
@Serdeable
public record AncestorView(String code, String name, String level) {

    public static AncestorView of(Unit unit) {
        return new AncestorView(unit.code(), unit.name(), unit.level().sqlName());
    }
}
