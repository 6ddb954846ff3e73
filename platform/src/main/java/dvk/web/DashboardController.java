package dvk.web;

import dvk.access.Caller;
import dvk.errors.NotFoundException;
import dvk.rollups.Compare;
import dvk.rollups.Count;
import dvk.rollups.Rollup;
import dvk.rollups.Rollups;
import dvk.snapshots.SnapshotErrorCode;
import dvk.snapshots.SnapshotView;
import dvk.snapshots.Snapshots;
import dvk.time.Vietnam;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard of a unit: pickers, breadcrumbs, key figures, two charts, and the children to drill into. */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private final Selections selections;
    private final Rollups rollups;
    private final UnitRepository units;
    private final JsonMapper json;
    private final Snapshots snapshots;

    DashboardController(
            Selections selections, Rollups rollups, UnitRepository units, JsonMapper json, Snapshots snapshots) {
        this.selections = selections;
        this.rollups = rollups;
        this.units = units;
        this.json = json;
        this.snapshots = snapshots;
    }

    /** The value of {@code so-lieu} that counts only approved reports. */
    static final String APPROVED = "da-duyet";

    /**
     * The data of one bar chart, handed to the page's script as JSON in a data attribute; a click on bar i
     * lists the models with {@code filter} = {@code codes[i]}.
     */
    @Serdeable
    record Chart(List<String> labels, List<Long> values, List<String> codes, String filter) {}

    /** Submissions of all forms of the period added up, for the key figures. */
    record SubmissionTotals(long expected, long onTime, long late, long missing) {
        static SubmissionTotals of(List<Rollup.FormSubmissions> forms) {
            return new SubmissionTotals(
                    forms.stream().mapToLong(Rollup.FormSubmissions::expected).sum(),
                    forms.stream().mapToLong(Rollup.FormSubmissions::onTime).sum(),
                    forms.stream().mapToLong(Rollup.FormSubmissions::late).sum(),
                    forms.stream().mapToLong(Rollup.FormSubmissions::missing).sum());
        }
    }

    /** A freeze of the page's unit and period as the page lists it: "Số liệu chốt ngày dd/mm/yyyy (mã …)". */
    record Freeze(long id, String code, String day, String takenAt, String takenBy, String unitName) {
        static Freeze of(SnapshotView snapshot) {
            return new Freeze(
                    snapshot.id(),
                    snapshot.id() + "-" + snapshot.sha256().substring(0, 8),
                    DAY.format(snapshot.takenAt().atZoneSameInstant(Vietnam.ZONE)),
                    Formats.dateTime(snapshot.takenAt().toInstant()),
                    snapshot.takenBy(),
                    snapshot.unitName());
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * {@code so-lieu=da-duyet} counts only the approved reports' rows ({@link Count#APPROVED}); {@code chot=<id>}
     * shows the figures of a freeze of the unit instead of the current ones.
     */
    @Get(
            uris = {"/", "/bang-dieu-khien"},
            produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period,
            @Nullable @QueryValue("don-vi") String unit,
            @Nullable @QueryValue("so-lieu") String counted,
            @Nullable @QueryValue("chot") Long snapshot) {
        Selection selection = selections.resolve(caller, campaign, period, unit);
        Count count = APPROVED.equals(counted) ? Count.APPROVED : Count.ALL;
        List<Freeze> freezes = snapshots
                .covering(
                        caller,
                        selection.campaign().id(),
                        selection.period().code(),
                        selection.unit().code())
                .stream()
                .map(Freeze::of)
                .toList();
        Freeze frozen = snapshot == null
                ? null
                : freezes.stream()
                        .filter(f -> f.id() == snapshot)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException(SnapshotErrorCode.SNAPSHOT_NOT_FOUND, snapshot));
        Rollup rollup = frozen != null
                ? snapshots.rollup(
                        caller,
                        frozen.id(),
                        selection.unit().code(),
                        selection.campaign().id(),
                        selection.period().code())
                : rollups.of(
                        caller,
                        selection.unit().code(),
                        selection.campaign().id(),
                        selection.period().code(),
                        Compare.NONE,
                        selection.basis(),
                        count);
        Map<String, Object> model = new HashMap<>();
        model.put("sel", selection);
        model.put("rollup", rollup);
        model.put("approvedOnly", count == Count.APPROVED && frozen == null);
        model.put("freezes", freezes);
        model.put("frozen", frozen);
        // "trước đây là …" / "nay là …": the official lineage of the unit on the page
        model.put("predecessors", units.predecessors(selection.unit()));
        model.put("successors", units.successors(selection.unit()));
        model.put("asOf", rollup.asOf() == null ? null : Formats.dateTime(rollup.asOf()));
        model.put("submitted", SubmissionTotals.of(rollup.submissions()));
        List<Rollup.FieldCount> fields = rollup.totals().byField();
        model.put(
                "fieldChart",
                toJson(new Chart(
                        fields.stream().map(Rollup.FieldCount::name).toList(),
                        fields.stream().map(Rollup.FieldCount::models).toList(),
                        fields.stream().map(Rollup.FieldCount::code).toList(),
                        "linh-vuc")));
        List<Rollup.ChildRollup> children = rollup.children();
        model.put(
                "childChart",
                toJson(new Chart(
                        children.stream().map(c -> c.unit().name()).toList(),
                        children.stream().map(c -> c.totals().models()).toList(),
                        children.stream().map(c -> c.unit().code()).toList(),
                        "don-vi-con")));
        return new ModelAndView<>("dashboard", model);
    }

    private String toJson(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
