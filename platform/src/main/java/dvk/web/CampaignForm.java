package dvk.web;

import dvk.campaigns.CampaignDocument;
import dvk.campaigns.CampaignDocument.Field;
import dvk.campaigns.CampaignDocument.Period;
import dvk.campaigns.CampaignDocument.Quota;
import dvk.campaigns.CampaignDocument.Target;
import dvk.ingest.BatchKind;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign edit form: inputs are named by the JSON path of the value they edit ({@code fields[2].name}), so
 * the validator's errors ({@code $.fields[2].name}) land next to their input. Codes, kinds and metrics are kept
 * from the stored campaign; a manager edits names, years, dates, thresholds and counts, and adds fields.
 */
final class CampaignForm {

    /** Empty rows offered for new fields. */
    static final int NEW_FIELDS = 2;

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private CampaignForm(Map<String, String> values) {
        this.values = values;
    }

    /** The messages by input name, for the page. */
    record Errors(Map<String, String> byName) {
        public @Nullable String at(String list, int index, String name) {
            return byName.get(list + "[" + index + "]." + name);
        }

        public @Nullable String at(String name) {
            return byName.get(name);
        }

        public boolean any() {
            return !byName.isEmpty();
        }
    }

    static Errors fromValidator(List<Map<String, Object>> problems, boolean english) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map<String, Object> problem : problems) {
            String path = String.valueOf(problem.get("path")).replaceFirst("^\\$\\.", "");
            byName.putIfAbsent(path, String.valueOf(problem.get(english ? "message_en" : "message_vi")));
        }
        return new Errors(byName);
    }

    /** The submitted document, or the parse errors (numbers and dates) when some value cannot be read. */
    static Parsed parse(CampaignDocument current, Map<String, String> form, boolean english) {
        CampaignForm f = new CampaignForm(form);
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < current.fields().size() + NEW_FIELDS; i++) {
            String code = f.text("fields[" + i + "].code");
            String name = f.text("fields[" + i + "].name");
            if (i < current.fields().size() || code != null || name != null) {
                fields.add(new Field(code, name));
            }
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < current.periods().size(); i++) {
            Period p = current.periods().get(i);
            String at = "periods[" + i + "].";
            Map<String, LocalDate> dues = new LinkedHashMap<>();
            for (BatchKind kind : BatchKind.values()) {
                LocalDate due = f.date(at + dueInput(kind), english);
                if (due != null) {
                    dues.put(kind.sqlName(), due);
                }
            }
            periods.add(Period.of(
                    p.code(),
                    p.kind(),
                    f.text(at + "name"),
                    f.date(at + "firstDay", english),
                    f.date(at + "lastDay", english),
                    dues));
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < current.targets().size(); i++) {
            Target t = current.targets().get(i);
            String at = "targets[" + i + "].";
            targets.add(new Target(
                    t.metric(),
                    t.unitType(),
                    f.text(at + "comparison"),
                    f.decimal(at + "threshold", english),
                    f.text(at + "name")));
        }
        List<Quota> quotas = new ArrayList<>();
        for (int i = 0; i < current.quotas().size(); i++) {
            Quota q = current.quotas().get(i);
            Integer count = f.integer("quotas[" + i + "].count", english);
            quotas.add(new Quota(
                    q.review(), q.periodCode(), q.awardingBody(), q.registrantType(), count == null ? -1 : count));
        }
        Integer first = f.integer("firstYear", english);
        Integer last = f.integer("lastYear", english);
        Integer version = f.integer("version", english);
        CampaignDocument document = new CampaignDocument(
                current.id(),
                version,
                current.issuerCode(),
                f.text("name"),
                first == null ? 0 : first,
                last == null ? 0 : last,
                current.periodConvention(),
                current.document(),
                fields,
                periods,
                targets,
                quotas,
                f.checked("approvalFromAbove"));
        return new Parsed(document, new Errors(f.errors));
    }

    record Parsed(CampaignDocument document, Errors errors) {}

    /** A date input of a period row: the input's name within the period and its value. */
    record DateInput(String name, @Nullable LocalDate value) {}

    /** The name of a period's due-date input for a form kind, and its label key with {@code campaign.}. */
    static String dueInput(BatchKind kind) {
        return "due." + kind.sqlName();
    }

    /** A period with its date inputs in the order the form shows them: its days, then a due date per form kind. */
    record PeriodRow(Period period, List<DateInput> dates) {
        static PeriodRow of(Period p) {
            List<DateInput> dates = new ArrayList<>(
                    List.of(new DateInput("firstDay", p.firstDay()), new DateInput("lastDay", p.lastDay())));
            Map<String, LocalDate> dues = p.dueByKind();
            for (BatchKind kind : BatchKind.values()) {
                dates.add(new DateInput(dueInput(kind), dues.get(kind.sqlName())));
            }
            return new PeriodRow(p, dates);
        }
    }

    /** A checkbox: sent only when ticked. */
    private boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    private @Nullable String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private @Nullable LocalDate date(String name, boolean english) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, english ? "Not a date." : "Ngày không hợp lệ.");
            return null;
        }
    }

    private @Nullable Integer integer(String name, boolean english) {
        String value = text(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(name, english ? "Not a whole number." : "Phải là số nguyên.");
            return null;
        }
    }

    private @Nullable BigDecimal decimal(String name, boolean english) {
        String value = text(name);
        try {
            return value == null ? null : new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(name, english ? "Not a number." : "Phải là một số.");
            return null;
        }
    }
}
