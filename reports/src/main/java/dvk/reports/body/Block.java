package dvk.reports.body;

import java.util.List;

/** One piece of the report body, laid out by each format in its own way so that PDF and DOCX say the same thing. */
public sealed interface Block {

    /** A section heading; level 1 is "I. …" in capitals, level 2 is "1. …". */
    record Heading(int level, String text) implements Block {}

    /** A justified body paragraph. */
    record Paragraph(String text) implements Block {}

    /** A "- …" list item. */
    record Bullet(String text) implements Block {}

    /** A ruled table; the header is one row, a non-null {@code totals} row is printed in bold. */
    record Table(TableKind kind, List<String> header, List<List<String>> rows, List<String> totals) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            totals = totals == null ? null : List.copyOf(totals);
        }
    }

    /** A horizontal bar chart with its caption. */
    record Chart(String caption, List<ChartBar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: category label and value. */
    record ChartBar(String label, long value) {}
}
