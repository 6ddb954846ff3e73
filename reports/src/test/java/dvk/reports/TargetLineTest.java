package dvk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.reports.body.Block;
import dvk.reports.body.ReportBody;
import dvk.reports.pack.TargetLine;
import dvk.reports.pack.TargetMeasure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Targets print their threshold, and no verdict where there was nothing to measure. */
class TargetLineTest {

    @Test
    void theThresholdPrintsWithItsSymbolAndUnit() {
        TargetLine percent = TargetLine.of(
                "Xã có mô hình", TargetMeasure.PERCENT, new BigDecimal("96.2"), ">=", new BigDecimal("100"), false);
        assertEquals("≥ 100%", percent.comparison());
        assertEquals("Chưa đạt", percent.verdict());
        TargetLine count = TargetLine.of(
                "Mỗi xã 10 mô hình", TargetMeasure.COUNT, new BigDecimal("12"), ">=", new BigDecimal("10"), true);
        assertEquals("≥ 10", count.comparison());
        assertEquals("Đạt", count.verdict());
        assertEquals(
                "> 95,5%",
                TargetLine.of(
                                "Hài lòng",
                                TargetMeasure.PERCENT,
                                new BigDecimal("97"),
                                ">",
                                new BigDecimal("95.5"),
                                true)
                        .comparison());
    }

    @Test
    void nothingMeasuredIsNeitherMetNorMissed() {
        TargetLine none = TargetLine.of(
                "Cơ quan có mô hình hiệu quả cao", TargetMeasure.PERCENT, null, ">=", new BigDecimal("100"), true);
        assertFalse(none.measured());
        assertFalse(none.met(), "an unmeasured target is not met, whatever the rollup said");
        assertEquals("Không có số liệu", none.verdict());
    }

    @Test
    void theBodyCountsTheMeasuredTargets() {
        String text = ReportBody.of(SamplePacks.province(10)).stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(b -> ((Block.Paragraph) b).text())
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("Đạt 3/5 chỉ tiêu có số liệu theo Kế hoạch"), text);
    }
}
