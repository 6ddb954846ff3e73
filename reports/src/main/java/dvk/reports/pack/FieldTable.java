package dvk.reports.pack;

import java.util.List;

/** Models by child unit and field, with the totals row; counts follow the order of {@link ReportPack#fields()}. */
public record FieldTable(List<UnitFieldRow> rows, UnitFieldRow totals) {

    public FieldTable {
        rows = List.copyOf(rows);
    }
}
