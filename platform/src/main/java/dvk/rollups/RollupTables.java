package dvk.rollups;

import dvk.errors.InvalidException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of a rollup and of a models list as the exports lay them out: Vietnamese headers and values, dates
 * and numbers left typed for {@link TableWriter} to write as users read them. The totals list every listed
 * figure of the {@link FigureList}; headers, figure and form labels come from the message files ({@link RollupLabels}).
 */
@Singleton
public class RollupTables {

    static final List<String> NAMES = List.of("totals", "fields", "children", "targets", "submissions", "commendation");

    private static final Map<String, String> TYPES = Map.of("collective", "Tập thể", "individual", "Cá nhân");
    // as the batch forms take them, so an exported list can be corrected and sent back
    private static final Map<String, String> STATUSES =
            Map.of("new", "Mới", "continued", "Tiếp tục", "replicated", "Nhân rộng");
    private static final Map<String, String> RATINGS =
            Map.of("high", "Cao", "good", "Khá", "average", "Trung bình", "poor", "Chưa đạt");

    private final FigureList figures;
    private final RollupLabels labels;

    RollupTables(FigureList figures, RollupLabels labels) {
        this.figures = figures;
        this.labels = labels;
    }

    public Table of(Rollup rollup, String name) {
        return switch (name) {
            case "totals" -> totals(rollup);
            case "fields" -> fields(rollup);
            case "children" -> children(rollup);
            case "targets" -> targets(rollup);
            case "submissions" -> submissions(rollup);
            case "commendation" -> commendation(rollup);
            default -> throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "table", name);
        };
    }

    private Table totals(Rollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure figure : figures.figures()) {
            if (figure.label() != null) {
                rows.add(List.of(labels.figure(figure), rollup.figures().get(figure.name())));
            }
        }
        return new Table("tong-hop", headers("totals", "figure", "value"), rows);
    }

    private Table fields(Rollup rollup) {
        List<String> headers = new ArrayList<>(headers("fields", "unitCode", "unitName", "models"));
        rollup.totals().byField().forEach(f -> headers.add(f.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (Rollup.ChildRollup child : rollup.children()) {
            rows.add(fieldRow(child.unit().code(), child.unit().name(), child.totals()));
        }
        rows.add(fieldRow("", labels.text("table.fields.total"), rollup.totals()));
        return new Table("linh-vuc", headers, rows);
    }

    private static List<Object> fieldRow(String code, String name, Rollup.Totals totals) {
        List<Object> row = new ArrayList<>(List.of(code, name, totals.models()));
        totals.byField().forEach(f -> row.add(f.models()));
        return row;
    }

    private Table children(Rollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rollup.ChildRollup child : rollup.children()) {
            Rollup.Totals t = child.totals();
            Rollup.Coverage c = child.coverage();
            rows.add(List.of(
                    child.unit().code(),
                    child.unit().name(),
                    t.models(),
                    t.collective(),
                    t.individual(),
                    t.reviewed(),
                    t.ratingHigh(),
                    t.households(),
                    t.fundsVnd(),
                    c.communesWithModel().count(),
                    c.communesWithModel().of(),
                    c.villagesWithModel().count(),
                    c.villagesWithModel().of()));
        }
        return new Table(
                "don-vi",
                headers(
                        "children",
                        "unitCode",
                        "unitName",
                        "models",
                        "collective",
                        "individual",
                        "reviewed",
                        "ratingHigh",
                        "households",
                        "fundsVnd",
                        "communesWithModel",
                        "communes",
                        "villagesWithModel",
                        "villages"),
                rows);
    }

    private Table targets(Rollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rollup.TargetResult t : rollup.targets()) {
            rows.add(List.of(
                    t.name(),
                    t.comparison() + " " + t.threshold().toPlainString(),
                    t.actual() == null ? "" : t.actual(),
                    labels.text(t.met() ? "table.targets.met" : "table.targets.notMet")));
        }
        return new Table("chi-tieu", headers("targets", "target", "threshold", "actual", "verdict"), rows);
    }

    private Table submissions(Rollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rollup.FormSubmissions form : rollup.submissions()) {
            for (Rollup.Submitter s : form.lateUnits()) {
                rows.add(List.of(
                        labels.form(form.kind()),
                        form.due(),
                        s.code(),
                        s.name(),
                        labels.text("table.submissions.late"),
                        s.firstReceivedAt() == null ? "" : s.firstReceivedAt()));
            }
            for (Rollup.Submitter s : form.missingUnits()) {
                rows.add(List.of(
                        labels.form(form.kind()),
                        form.due(),
                        s.code(),
                        s.name(),
                        labels.text("table.submissions.missing"),
                        ""));
            }
        }
        return new Table(
                "nop-bao-cao",
                headers("submissions", "form", "due", "unitCode", "unitName", "state", "receivedAt"),
                rows);
    }

    private Table commendation(Rollup rollup) {
        List<List<Object>> rows = new ArrayList<>();
        addCandidates(rows, "collective", rollup.commendation().collective());
        addCandidates(rows, "individual", rollup.commendation().individual());
        return new Table(
                "khen-thuong",
                headers(
                        "commendation",
                        "type",
                        "rank",
                        "modelCode",
                        "modelName",
                        "registrant",
                        "unit",
                        "yearsSustained",
                        "proposedLevel",
                        "households",
                        "fundsVnd"),
                rows);
    }

    private static void addCandidates(List<List<Object>> rows, String type, List<Rollup.Candidate> candidates) {
        for (Rollup.Candidate c : candidates) {
            rows.add(List.of(
                    TYPES.get(type),
                    c.rank(),
                    c.modelCode(),
                    c.modelName(),
                    c.registrantName(),
                    c.unitName(),
                    c.yearsSustained(),
                    c.proposedLevel() == null ? "" : c.proposedLevel(),
                    c.households(),
                    c.fundsVnd()));
        }
    }

    public Table models(ModelPage page) {
        List<List<Object>> rows = new ArrayList<>();
        for (ModelPage.Row m : page.models()) {
            rows.add(List.of(
                    m.code(),
                    m.modelName(),
                    TYPES.get(m.registrantType()),
                    m.registrantName(),
                    m.unitCode(),
                    m.unitName(),
                    String.join(", ", m.fields()),
                    STATUSES.getOrDefault(m.status(), m.status()),
                    m.registeredIn(),
                    m.rating() == null ? "" : RATINGS.getOrDefault(m.rating(), m.rating()),
                    m.households() == null ? "" : m.households(),
                    m.fundsVnd() == null ? "" : m.fundsVnd(),
                    m.yearsSustained() == null ? "" : m.yearsSustained()));
        }
        return new Table(
                "mo-hinh",
                headers(
                        "models",
                        "modelCode",
                        "modelName",
                        "type",
                        "registrant",
                        "unitCode",
                        "unitName",
                        "fields",
                        "status",
                        "registeredIn",
                        "rating",
                        "households",
                        "fundsVnd",
                        "yearsSustained"),
                rows);
    }

    /** A table's column labels: the keys {@code table.<table>.<column>} of the message files. */
    private List<String> headers(String table, String... columns) {
        List<String> headers = new ArrayList<>(columns.length);
        for (String column : columns) {
            headers.add(labels.text("table." + table + "." + column));
        }
        return headers;
    }
}
