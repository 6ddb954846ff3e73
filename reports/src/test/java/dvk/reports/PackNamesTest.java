package dvk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dvk.reports.body.VietnameseText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PackNamesTest {

    @Test
    void baseNamesAreAsciiKindPeriodAndUnit() {
        assertEquals("so-ket-6-thang-2023-H1-tinh-lao-cai", PackFileNames.baseName(SamplePacks.province(200)));
    }

    @Test
    void slugsDropDiacriticsAndDashTheRest() {
        assertEquals("tinh-lao-cai", PackFileNames.slug("Tỉnh Lào Cai"));
        assertEquals("huyen-bac-ha", PackFileNames.slug("Huyện Bắc Hà"));
        assertEquals("dang-uy-phuong-giang-bien", PackFileNames.slug("Đảng ủy phường Giang Biên"));
        assertEquals("tong-ket-nam", PackFileNames.slug("Tổng kết năm"));
    }

    @Test
    void writesChangesAndDatesTheOfficialWay() {
        assertEquals("tăng 12 mô hình so với cùng kỳ", VietnameseText.change(112, 100L, "mô hình"));
        assertEquals("giảm 3 mô hình so với cùng kỳ", VietnameseText.change(97, 100L, "mô hình"));
        assertEquals("bằng cùng kỳ", VietnameseText.change(100, 100L, "mô hình"));
        assertEquals("", VietnameseText.change(100, null, "mô hình"));
        assertEquals("1.250.000", VietnameseText.number(1_250_000));
        assertEquals(
                "Lào Cai, ngày 15 tháng 6 năm 2023", VietnameseText.placeAndDate("Lào Cai", LocalDate.of(2023, 6, 15)));
        assertEquals(
                "Giang Biên, ngày 07 tháng 01 năm 2023",
                VietnameseText.placeAndDate("Giang Biên", LocalDate.of(2023, 1, 7)));
    }
}
