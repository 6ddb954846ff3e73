package dvk.reports.pdf;

import dvk.reports.body.Block;
import dvk.reports.chart.BarChartPainter;
import java.util.ArrayList;
import java.util.List;

/** Turns the format-neutral body blocks into the detail rows of pack-body.jrxml. */
final class BodyRows {

    /** The text width of the portrait page in points (A4 less the 30 mm and 15 mm margins). */
    static final int TEXT_WIDTH = 467;

    private final BarChartPainter charts;

    BodyRows(BarChartPainter charts) {
        this.charts = charts;
    }

    List<TemplateRow> of(List<Block> blocks) {
        List<TemplateRow> rows = new ArrayList<>();
        String section = null;
        String subsection = null;
        for (Block block : blocks) {
            List<TemplateRow> added = new ArrayList<>();
            if (block instanceof Block.Heading heading) {
                // headings are group headers of the template, carried by the rows beneath them
                if (heading.level() == 1) {
                    section = heading.text();
                    subsection = null;
                } else {
                    subsection = heading.text();
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                added.add(TemplateRow.text("P", paragraph.text()));
            } else if (block instanceof Block.Bullet bullet) {
                added.add(TemplateRow.text("BULLET", "- " + bullet.text()));
            } else if (block instanceof Block.Table table) {
                addTable(added, table);
            } else if (block instanceof Block.Chart chart) {
                addChart(added, chart);
            }
            for (TemplateRow row : added) {
                rows.add(row.under(section, subsection));
            }
        }
        rows.add(closing(rows, section, subsection));
        return rows;
    }

    /** The band that carries the signature takes the last paragraph with it, so the two share a page. */
    private static TemplateRow closing(List<TemplateRow> rows, String section, String subsection) {
        TemplateRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last != null && "P".equals(last.kind())) {
            rows.remove(rows.size() - 1);
            return new TemplateRow("CLOSING", last.style(), last.cells(), null, last.section(), last.subsection());
        }
        return TemplateRow.text("CLOSING", "").under(section, subsection);
    }

    private static void addTable(List<TemplateRow> rows, Block.Table table) {
        String kind = table.kind().name();
        rows.add(TemplateRow.cells(kind, "HEAD", table.header()));
        table.rows().forEach(cells -> rows.add(TemplateRow.cells(kind, "ROW", cells)));
        if (table.totals() != null) {
            rows.add(TemplateRow.cells(kind, "TOTAL", table.totals()));
        }
        rows.add(TemplateRow.text("SPACER", ""));
    }

    private void addChart(List<TemplateRow> rows, Block.Chart chart) {
        int height = BarChartPainter.heightInPoints(chart.bars().size());
        String kind = height <= 150 ? "CHART_S" : "CHART_L";
        rows.add(TemplateRow.picture(kind, charts.png(chart.bars(), TEXT_WIDTH, height)));
        rows.add(TemplateRow.text("CAPTION", chart.caption()));
    }
}
