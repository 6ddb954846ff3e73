package dvk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/**
 * The first sheet of an Excel 97–2003 workbook (.xls). HSSF reads the whole workbook into memory, so the file's
 * size is bounded ({@link SheetLimits#MAX_XLS_MEGABYTES}; the format holds at most 65,536 rows anyway).
 * Cells read as Excel shows them; a formula cell reads as its last computed value, as in .xlsx.
 */
final class XlsRows {

    private XlsRows() {}

    static void read(InputStream content, RowSink sink) {
        Path spool = Spool.bounded(content, ".xls", SheetLimits.MAX_XLS_MEGABYTES * 1024L * 1024L);
        if (spool == null) {
            throw SheetReader.fileError(1, null, IngestErrorCode.XLS_TOO_LARGE, SheetLimits.MAX_XLS_MEGABYTES);
        }
        try (HSSFWorkbook workbook = open(spool)) {
            if (workbook.getNumberOfSheets() == 0) {
                return;
            }
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            for (Row row : workbook.getSheetAt(0)) {
                int width = Math.max(row.getLastCellNum(), 0);
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : formatter.formatCellValue(cell);
                }
                sink.row(row.getRowNum() + 1L, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Spool.delete(spool);
        }
    }

    /** The whole workbook, read from the file, which is then closed. */
    private static HSSFWorkbook open(Path spool) {
        try (POIFSFileSystem file = new POIFSFileSystem(spool.toFile(), true)) {
            return new HSSFWorkbook(file.getRoot(), false);
        } catch (IOException | RuntimeException e) {
            // HSSF fails on broken, encrypted or Excel 95 files with exceptions of many kinds, all the file's
            throw FileSignature.notASheet();
        }
    }
}
