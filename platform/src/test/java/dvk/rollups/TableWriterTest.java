package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports as users open them (issue 16 item 5) and safe from formula injection (issue 18 item 5). */
class TableWriterTest {

    private static final Table TABLE = new Table(
            "mo-hinh",
            List.of("Mã đơn vị", "Tên tập thể, cá nhân", "Số hộ", "Tỷ lệ", "Hạn gửi", "Thời điểm nhận"),
            List.of(
                    List.of(
                            "02947",
                            "=1+2",
                            15L,
                            new BigDecimal("92.50"),
                            LocalDate.of(2024, 6, 30),
                            Instant.parse("2024-06-30T17:30:00Z")),
                    List.of("02953", "+cmd|' /C calc'!A0", 1500000, new BigDecimal("1E+2"), "", ""),
                    List.of("02965", "-2+3", -4, "@SUM(A1)", "\tTab", "\rCR")));

    @Test
    void csvHasABomNeutralisesFormulasAndWritesDatesTheVietnameseWay() {
        String csv = new String(TableWriter.csv(TABLE), StandardCharsets.UTF_8);

        assertEquals(
                "\uFEFFMã đơn vị,\"Tên tập thể, cá nhân\",Số hộ,Tỷ lệ,Hạn gửi,Thời điểm nhận\r\n"
                        + "02947,'=1+2,15,92.50,30/06/2024,01/07/2024 00:30\r\n"
                        + "02953,'+cmd|' /C calc'!A0,1500000,100,,\r\n"
                        + "02965,'-2+3,-4,'@SUM(A1),'\tTab,\"'\rCR\"\r\n",
                csv);
    }

    @Test
    void theSemicolonVariantIsForAnExcelSetToVietnamese() {
        String csv = new String(TableWriter.csv(TABLE, TableWriter.Delimiter.SEMICOLON), StandardCharsets.UTF_8);

        assertEquals(
                "\uFEFFMã đơn vị;Tên tập thể, cá nhân;Số hộ;Tỷ lệ;Hạn gửi;Thời điểm nhận",
                csv.lines().findFirst().orElseThrow());
        assertEquals(
                "02947;'=1+2;15;92.50;30/06/2024;01/07/2024 00:30",
                csv.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void xlsxKeepsTextAsTextCellsCountsAsIntegersAndDatesAsDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableWriter.xlsx(TABLE)))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            DataFormatter shown = new DataFormatter();

            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("02947", first.getCell(0).getStringCellValue());
            assertEquals(CellType.STRING, first.getCell(1).getCellType());
            assertEquals("=1+2", first.getCell(1).getStringCellValue());
            assertEquals("15", shown.formatCellValue(first.getCell(2)));
            assertEquals("#,##0", first.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(
                    "1,500,000",
                    shown.formatCellValue(workbook.getSheetAt(0).getRow(2).getCell(2)));
            assertEquals("92.5", shown.formatCellValue(first.getCell(3)));
            assertEquals("30/06/2024", shown.formatCellValue(first.getCell(4)));
            assertEquals("01/07/2024 00:30", shown.formatCellValue(first.getCell(5)));
        }
    }
}
