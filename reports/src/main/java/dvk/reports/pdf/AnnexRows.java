package dvk.reports.pdf;

import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.CampaignField;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the annex registrations into the Mẫu M2 rows of pack-annex.jrxml: unit, "I. Tập thể", "II. Cá nhân", lines. */
final class AnnexRows {

    private AnnexRows() {}

    static List<TemplateRow> of(List<AnnexUnit> units, List<CampaignField> fields) {
        List<TemplateRow> rows = new ArrayList<>();
        int unitNumber = 0;
        for (AnnexUnit unit : units) {
            unitNumber++;
            rows.add(TemplateRow.text(
                    "UNIT",
                    unitNumber + ". " + unit.unitName().toUpperCase(new Locale("vi")) + " ("
                            + unit.registrations().size() + " mô hình)"));
            addSection(rows, "I", RegistrantType.COLLECTIVE, unit, fields);
            addSection(rows, "II", RegistrantType.INDIVIDUAL, unit, fields);
        }
        return rows;
    }

    private static void addSection(
            List<TemplateRow> rows, String numeral, RegistrantType type, AnnexUnit unit, List<CampaignField> fields) {
        List<Registration> registrations = unit.registrations().stream()
                .filter(registration -> registration.registrantType() == type)
                .toList();
        if (registrations.isEmpty()) {
            return;
        }
        rows.add(TemplateRow.cells("SECTION", "HEAD", List.of(numeral, type.label())));
        for (int i = 0; i < registrations.size(); i++) {
            rows.add(TemplateRow.cells("ROW", "ROW", line(i + 1, registrations.get(i), fields)));
        }
    }

    /** Cells c0..c15: TT, name, model, eight field slots, method, timeframe, expected result, status, note. */
    private static List<String> line(int number, Registration registration, List<CampaignField> fields) {
        List<String> cells = new ArrayList<>(16);
        cells.add(Integer.toString(number));
        cells.add(registration.registrantName());
        cells.add(registration.modelName());
        for (int slot = 0; slot < TemplateLayout.FIELD_SLOTS; slot++) {
            boolean marked = slot < fields.size()
                    && registration.fieldCodes().contains(fields.get(slot).code());
            cells.add(marked ? "1" : null);
        }
        cells.add(registration.method());
        cells.add(registration.timeframe());
        cells.add(registration.expectedResult());
        cells.add(registration.status().label());
        cells.add(registration.note());
        return cells;
    }
}
