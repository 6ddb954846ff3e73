package dvk.snapshots;

import dvk.packs.AnnexQuery;
import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.ModelStatus;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The annex of a freeze as the pack prints it (Mẫu M2 lines by unit, every text column), the content of its
 * {@code registrations} part: a pack made from the freeze prints these lines, cut to the pack unit's subtree.
 */
@Serdeable
record FrozenRegistrations(List<Unit> units) {

    @Serdeable
    record Unit(String path, String code, String name, List<Line> registrations) {}

    @Serdeable
    record Line(
            String registrantName,
            String registrantType,
            String modelName,
            List<String> fieldCodes,
            String method,
            String timeframe,
            String expectedResult,
            String status,
            String note) {}

    static FrozenRegistrations of(List<AnnexQuery.Placed> placed) {
        return new FrozenRegistrations(placed.stream()
                .map(p -> new Unit(
                        p.unitPath(),
                        p.unit().unitCode(),
                        p.unit().unitName(),
                        p.unit().registrations().stream()
                                .map(r -> new Line(
                                        r.registrantName(),
                                        r.registrantType().name(),
                                        r.modelName(),
                                        r.fieldCodes(),
                                        r.method(),
                                        r.timeframe(),
                                        r.expectedResult(),
                                        r.status().name(),
                                        r.note()))
                                .toList()))
                .toList());
    }

    /** The lines of the units at or below {@code path}, as the pack takes them. */
    List<AnnexUnit> within(String path) {
        return units.stream()
                .filter(u -> u.path().equals(path) || u.path().startsWith(path + "."))
                .map(u -> new AnnexUnit(
                        u.code(),
                        u.name(),
                        u.registrations().stream()
                                .map(r -> new Registration(
                                        r.registrantName(),
                                        RegistrantType.valueOf(r.registrantType()),
                                        r.modelName(),
                                        r.fieldCodes(),
                                        r.method(),
                                        r.timeframe(),
                                        r.expectedResult(),
                                        ModelStatus.valueOf(r.status()),
                                        r.note()))
                                .toList()))
                .toList();
    }
}
