package dvk.reports.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * One detail row of a JRXML template: {@code kind} picks the band, {@code style} marks header and totals rows,
 * {@code cells} fill the fields c0, c1, …, {@code image} holds a chart picture; {@code section} and
 * {@code subsection} are the headings the row sits under (printed by group headers, null where none).
 */
record TemplateRow(String kind, String style, List<String> cells, byte[] image, String section, String subsection) {

    static TemplateRow text(String kind, String text) {
        return new TemplateRow(kind, "ROW", List.of(text), null, null, null);
    }

    static TemplateRow cells(String kind, String style, List<String> cells) {
        // null cells are allowed: they hide the column's element through its print-when expression
        return new TemplateRow(kind, style, Arrays.asList(cells.toArray(String[]::new)), null, null, null);
    }

    static TemplateRow picture(String kind, byte[] png) {
        return new TemplateRow(kind, "ROW", List.of(), png, null, null);
    }

    TemplateRow under(String section, String subsection) {
        return new TemplateRow(kind, style, cells, image, section, subsection);
    }

    /** Reads a template field by name, as {@link RecordDataSource} asks for it. */
    Object field(String name) {
        return switch (name) {
            case "kind" -> kind;
            case "style" -> style;
            case "image" -> image;
            case "section" -> section;
            case "subsection" -> subsection;
            default -> cell(name);
        };
    }

    private String cell(String name) {
        if (!name.startsWith("c")) {
            throw new IllegalArgumentException("Unknown template field " + name);
        }
        int index = Integer.parseInt(name.substring(1));
        return index < cells.size() ? cells.get(index) : null;
    }
}
