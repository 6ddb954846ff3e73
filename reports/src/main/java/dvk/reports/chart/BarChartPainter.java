package dvk.reports.chart;

import dvk.reports.body.Block;
import dvk.reports.body.VietnameseText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a horizontal bar chart as a PNG with Java2D. Horizontal bars leave room for long Vietnamese
 * category names, and a picture is placed the same way in PDF and DOCX.
 */
public final class BarChartPainter {

    /** Pixels per point: 3 gives 216 dpi, sharp in print. */
    private static final int SCALE = 3;

    private static final float FONT_SIZE = 8f;
    private static final int MAX_ROW_HEIGHT = 20;
    private static final int TOP = 6;
    private static final int AXIS_HEIGHT = 16;
    private static final Color BAR = new Color(0xB2, 0x1F, 0x24);
    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    private final Font font;

    public BarChartPainter(Font baseFont) {
        this.font = baseFont.deriveFont(FONT_SIZE * SCALE);
    }

    /** The two chart heights the PDF template reserves: short for a few bars, tall for many. */
    public static int heightInPoints(int bars) {
        return bars <= 10 ? 150 : 250;
    }

    public byte[] png(List<Block.ChartBar> bars, int widthInPoints, int heightInPoints) {
        int width = widthInPoints * SCALE;
        int rowHeight = Math.min(MAX_ROW_HEIGHT, (heightInPoints - TOP - AXIS_HEIGHT) / Math.max(1, bars.size()));
        int height = (TOP + AXIS_HEIGHT + rowHeight * bars.size()) * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(font);
            draw(g, bars, width, rowHeight * SCALE);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private void draw(Graphics2D g, List<Block.ChartBar> bars, int width, int rowHeight) {
        FontMetrics metrics = g.getFontMetrics();
        int labelWidth = Math.min(
                width * 2 / 5,
                bars.stream()
                                .mapToInt(bar -> metrics.stringWidth(bar.label()))
                                .max()
                                .orElse(0)
                        + 6 * SCALE);
        int plotLeft = labelWidth;
        int plotWidth = width - plotLeft - metrics.stringWidth("00.000") - 4 * SCALE;
        long max =
                Math.max(1, bars.stream().mapToLong(Block.ChartBar::value).max().orElse(1));
        long step = AxisSteps.niceStep(max);
        long axisMax = ((max + step - 1) / step) * step;
        int plotTop = TOP * SCALE;
        int plotBottom = plotTop + bars.size() * rowHeight;

        g.setStroke(new BasicStroke(SCALE / 2f));
        for (long tick = 0; tick <= axisMax; tick += step) {
            int x = plotLeft + (int) (plotWidth * tick / axisMax);
            g.setColor(GRID);
            g.drawLine(x, plotTop, x, plotBottom);
            g.setColor(Color.DARK_GRAY);
            String text = VietnameseText.number(tick);
            g.drawString(text, x - metrics.stringWidth(text) / 2, plotBottom + metrics.getAscent() + 2 * SCALE);
        }
        for (int i = 0; i < bars.size(); i++) {
            Block.ChartBar bar = bars.get(i);
            int rowTop = plotTop + i * rowHeight;
            int baseline = rowTop + (rowHeight + metrics.getAscent() - metrics.getDescent()) / 2;
            g.setColor(Color.BLACK);
            String label = fit(bar.label(), metrics, labelWidth - 6 * SCALE);
            g.drawString(label, plotLeft - 4 * SCALE - metrics.stringWidth(label), baseline);
            int barLength = (int) (plotWidth * bar.value() / axisMax);
            g.setColor(BAR);
            g.fillRect(plotLeft, rowTop + rowHeight / 5, barLength, rowHeight * 3 / 5);
            g.setColor(Color.BLACK);
            g.drawString(VietnameseText.number(bar.value()), plotLeft + barLength + 3 * SCALE, baseline);
        }
        g.setColor(Color.BLACK);
        g.drawLine(plotLeft, plotTop, plotLeft, plotBottom);
        g.drawLine(plotLeft, plotBottom, plotLeft + plotWidth, plotBottom);
    }

    /** Shortens a label with "…" so that it never runs into the bars. */
    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String shortened = label;
        while (shortened.length() > 1 && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.strip() + "…";
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart as PNG", e);
        }
    }
}
