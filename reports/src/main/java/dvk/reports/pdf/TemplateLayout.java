package dvk.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * Fits the campaign-field columns of a template to the campaign: the JRXML reserves eight slots keyed
 * field0..field7; the slots in use share the reserved width and the others are removed, so the table has no gaps.
 */
final class TemplateLayout {

    static final int FIELD_SLOTS = 8;

    private TemplateLayout() {}

    static void fitFieldColumns(JasperDesign design, int fieldCount) {
        if (fieldCount < 1 || fieldCount > FIELD_SLOTS) {
            throw new IllegalArgumentException(
                    "The PDF layout has room for 1 to " + FIELD_SLOTS + " campaign fields, got " + fieldCount);
        }
        for (JRBand band : bands(design)) {
            fit((JRDesignBand) band, fieldCount);
        }
    }

    private static void fit(JRDesignBand band, int fieldCount) {
        JRDesignElement first = (JRDesignElement) band.getElementByKey("field0");
        if (first == null) {
            return;
        }
        int blockWidth = first.getWidth() * FIELD_SLOTS;
        int slotWidth = blockWidth / fieldCount;
        for (int slot = 0; slot < FIELD_SLOTS; slot++) {
            JRDesignElement element = (JRDesignElement) band.getElementByKey("field" + slot);
            if (slot >= fieldCount) {
                band.removeElement(element);
                continue;
            }
            element.setX(first.getX() + slot * slotWidth);
            boolean last = slot == fieldCount - 1;
            element.setWidth(last ? blockWidth - slot * slotWidth : slotWidth);
        }
    }

    private static List<JRBand> bands(JasperDesign design) {
        List<JRBand> bands = new ArrayList<>();
        for (JRBand band : new JRBand[] {design.getTitle(), design.getColumnHeader(), design.getSummary()}) {
            if (band != null) {
                bands.add(band);
            }
        }
        bands.addAll(List.of(design.getDetailSection().getBands()));
        return bands;
    }
}
