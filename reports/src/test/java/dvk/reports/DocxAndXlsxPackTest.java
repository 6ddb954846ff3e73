package dvk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.reports.pack.ReportPack;
import dvk.reports.pack.TargetLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

class DocxAndXlsxPackTest {

    private final ReportPack pack = SamplePacks.province(2000);
    private final PackRenderer renderer = new PackRenderer();

    @Test
    void docxHasTheTitleFiguresAndSections() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(pack)))) {
            String text = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"));
            assertTrue(text.contains("Sơ kết 6 tháng đầu năm 2023 phong trào thi đua “Dân vận khéo”"));
            assertTrue(text.contains("toàn tỉnh có 2.000 mô hình"));
            assertTrue(text.contains("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO"));
            assertTrue(text.contains("V. MÔ HÌNH TIÊU BIỂU VÀ ĐỀ XUẤT KHEN THƯỞNG"));
            String header = document.getTables().get(0).getText();
            assertTrue(header.contains("ĐẢNG CỘNG SẢN VIỆT NAM") && header.contains("BAN DÂN VẬN"));
        }
    }

    @Test
    void docxFieldTableHoldsTheRollup() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(pack)))) {
            XWPFTable table = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Đơn vị"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(pack.fieldTable().rows().size() + 2, table.getNumberOfRows());
            XWPFTableRow totals = table.getRow(table.getNumberOfRows() - 1);
            assertEquals("Tổng cộng", totals.getCell(1).getText());
            assertEquals("2.000", totals.getCell(2).getText());
            List<Integer> byField = pack.fieldTable().totals().modelsByField();
            for (int i = 0; i < byField.size(); i++) {
                assertEquals(byField.get(i).toString(), totals.getCell(5 + i).getText());
            }
            XWPFTableRow baoYen = table.getRows().stream()
                    .filter(row -> row.getCell(1).getText().equals("Huyện Bảo Yên"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("222", baoYen.getCell(2).getText());
        }
    }

    @Test
    void docxIsWhatATypistEdits() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderer.docx(pack)))) {
            assertTrue(document.getStyles().styleExist("Normal")
                    && document.getStyles().styleExist("Heading1")
                    && document.getStyles().styleExist("Heading2")
                    && document.getStyles().styleExist("Heading3"));
            XWPFParagraph section = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("I. KẾT QUẢ THỰC HIỆN PHONG TRÀO"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Heading1", section.getStyle());

            // page numbers top centre from the second page, the data time at the foot of every page
            String header = document.getHeaderList().stream()
                    .map(h -> h._getHdrFtr().xmlText())
                    .filter(xml -> xml.contains("PAGE"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(header.contains("w:fldSimple"), header);
            assertTrue(
                    document.getFooterList().stream().anyMatch(f -> f.getText().contains("Số liệu tính đến")));
            var body = document.getDocument().getBody();
            var firstSection = document.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst()
                    .orElseThrow()
                    .getCTP()
                    .getPPr()
                    .getSectPr();
            assertTrue(firstSection.isSetTitlePg(), "no number on the report's first page");
            assertEquals(2, firstSection.sizeOfHeaderReferenceArray());
            assertEquals(2, body.getSectPr().sizeOfFooterReferenceArray(), "the annex carries the footer too");

            // the data tables: all but the header block and the signature block, which are borderless layout
            List<XWPFTable> data = document.getTables().stream()
                    .filter(t -> t.getRows().size() > 1
                            || t.getNumberOfRows() > 0 && t.getRow(0).isRepeatHeader())
                    .toList();
            assertTrue(data.size() >= 4, "the figures tables and the annex, found " + data.size());
            for (XWPFTable table : data) {
                assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats on each page");
                assertTrue(table.getRows().stream().allMatch(XWPFTableRow::isCantSplitRow), "rows do not split");
            }

            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setErrorListener(errors);
            assertTrue(document.getDocument().validate(options), "document.xml against the OOXML schema: " + errors);
            for (String id : List.of("Normal", "Heading1")) {
                assertTrue(document.getStyles().getStyle(id).getCTStyle().validate(options), id + ": " + errors);
            }
        }
    }

    @Test
    void xlsxHoldsNumericTotalsAndTheWholeAnnex() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(pack)))) {
            Sheet rollup = workbook.getSheet("Tổng hợp theo đơn vị");
            assertNotNull(rollup);
            Row totals = rollup.getRow(rollup.getLastRowNum());
            assertEquals("Tổng cộng", totals.getCell(2).getStringCellValue());
            Cell models = totals.getCell(3);
            assertEquals(CellType.NUMERIC, models.getCellType());
            assertEquals(2000, models.getNumericCellValue());
            assertEquals(pack.fieldTable().totals().modelsByField().get(0), (int)
                    totals.getCell(6).getNumericCellValue());

            Sheet annex = workbook.getSheet("Phụ lục Mẫu M2");
            long registrations = 0;
            for (Row row : annex) {
                Cell number = row.getCell(0);
                if (number != null && number.getCellType() == CellType.NUMERIC) {
                    registrations++;
                }
            }
            assertEquals(2000, registrations);
            assertEquals(
                    CellType.NUMERIC,
                    workbook.getSheet("Gửi báo cáo").getRow(3).getCell(2).getCellType());
        }
    }

    @Test
    void xlsxTargetsSheetHoldsEachTargetWithItsResultAndVerdict() throws IOException {
        assertFalse(pack.targets().isEmpty(), "the sample pack must carry targets");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(pack)))) {
            Sheet targets = workbook.getSheet("Chỉ tiêu");
            assertNotNull(targets);
            int header = -1;
            for (Row row : targets) {
                if (row.getCell(1) != null && "Nội dung".equals(row.getCell(1).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertTrue(header >= 0, "the targets sheet has its header row");
            for (int i = 0; i < pack.targets().size(); i++) {
                TargetLine expected = pack.targets().get(i);
                Row row = targets.getRow(header + 1 + i);
                assertEquals(i + 1, (int) row.getCell(0).getNumericCellValue());
                assertEquals(expected.name(), row.getCell(1).getStringCellValue());
                assertEquals(expected.actual(), row.getCell(2).getNumericCellValue(), 1e-9);
                assertEquals(expected.threshold(), row.getCell(5).getNumericCellValue(), 1e-9);
                assertEquals(expected.verdict(), row.getCell(6).getStringCellValue());
            }
            assertEquals(header + pack.targets().size(), targets.getLastRowNum(), "one row per target, no more");
        }
    }

    @Test
    void xlsxPrintsEveryFigureLineAgainstTheComparedPeriod() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(renderer.xlsx(pack)))) {
            Sheet figures = workbook.getSheet("Số liệu tổng hợp");
            assertNotNull(figures);
            // title, blank, header, then one row per line
            assertEquals(3 + pack.figures().size() - 1, figures.getLastRowNum());
            Row households = figures.getRow(5);
            assertEquals("Số hộ được vận động", households.getCell(1).getStringCellValue());
            assertEquals(48_350, households.getCell(2).getNumericCellValue());
            assertEquals(45_100, households.getCell(3).getNumericCellValue());
            assertEquals(3_250, households.getCell(4).getNumericCellValue());
        }
    }
}
