package dvk.reports.pack;

import java.util.List;

/** One child unit's line of the field table; {@code modelsByField} is in campaign field order. */
public record UnitFieldRow(
        String unitCode,
        String unitName,
        List<Integer> modelsByField,
        int models,
        int modelsReviewed,
        int highEfficiency) {

    public UnitFieldRow {
        modelsByField = List.copyOf(modelsByField);
    }
}
