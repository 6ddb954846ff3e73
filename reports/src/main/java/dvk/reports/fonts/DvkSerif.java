package dvk.reports.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled Times-New-Roman-metric serif (Liberation Serif), also registered for JasperReports as "DVK Serif". */
public final class DvkSerif {

    /** The family name used in every JRXML template, see fonts/dvk-serif/fonts.xml. */
    public static final String FAMILY = "DVK Serif";
    /** The family Word documents ask for; Liberation Serif has the same metrics. */
    public static final String WORD_FAMILY = "Times New Roman";

    private DvkSerif() {}

    /** Loads the regular face for Java2D drawing (charts); callers derive sizes from it. */
    public static Font regular() {
        try (InputStream in = DvkSerif.class.getResourceAsStream("/fonts/dvk-serif/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Bundled font fonts/dvk-serif/LiberationSerif-Regular.ttf is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The bundled font is not a TrueType font", e);
        }
    }
}
