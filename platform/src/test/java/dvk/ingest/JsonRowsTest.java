package dvk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dvk.errors.InvalidException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** JSON submissions turned into rows: the header is every key of every object, in order of appearance. */
class JsonRowsTest {

    @Test
    void aBatchBecomesRowsUnderTheUnionOfItsKeys() {
        List<List<String>> rows = rows("""
                {"kind": "ignored", "rows": [
                  {"ma_don_vi": "02983", "ten_mo_hinh": "Tổ hòa giải", "fields": ["ANQP"], "ghi_chu": null},
                  {"ma_don_vi": "02984", "ty_le_hai_long": 92.50, "fields": ["VHXH", "KT"], "ghi_chu": "có\\nxuống dòng"},
                  "not an object",
                  {"ma_don_vi": "02985", "ten_mo_hinh": {"nested": [1, 2]}}
                ]}""");

        assertEquals(
                List.of(
                        List.of("ma_don_vi", "ten_mo_hinh", "ANQP", "ty_le_hai_long", "VHXH", "KT", "ghi_chu"),
                        List.of("02983", "Tổ hòa giải", "1", "", "", "", ""),
                        List.of("02984", "", "", "92.50", "1", "1", "có\nxuống dòng"),
                        List.of("", "", "", "", "", "", ""),
                        List.of("02985", "", "", "", "", "", "")),
                rows);
    }

    /** A value of the wrong type is not read as text: the sink is told its row and column, before the row. */
    @Test
    void valuesOfTheWrongTypeAndUnstorableTextAreBadCellsOfTheirRowAndColumn() {
        List<String> told = new ArrayList<>();
        JsonRows.read(new ByteArrayInputStream("""
                [{"ma_don_vi": "02983", "fields": "KT"},
                 {"ma_don_vi": {"code": "02983"}, "fields": ["KT", ["VHXH"]]},
                 {"ma_don_vi": "02\\u00003", "ghi_chu": "\\udc00"}]""".getBytes(StandardCharsets.UTF_8)), new RowSink() {
            @Override
            public void row(long rowNumber, String[] cells) {
                told.add(rowNumber + ": " + String.join("|", cells));
            }

            @Override
            public void badCell(long rowNumber, int column, IngestErrorCode code) {
                told.add(rowNumber + ": column " + column + " " + code.type());
            }
        });

        assertEquals(
                List.of(
                        "0: ma_don_vi|fields|KT|ghi_chu",
                        "1: column 1 not-a-list",
                        "1: 02983|||",
                        "2: column 0 wrong-type",
                        "2: column 1 not-a-list",
                        "2: ||1|",
                        "3: column 0 invalid-character",
                        "3: column 3 invalid-character",
                        "3: |||"),
                told);
    }

    @Test
    void aSingleObjectIsOneRowAndAnArrayIsABatch() {
        assertEquals(
                List.of(List.of("ma_don_vi", "rows"), List.of("02983", "3")),
                rows("{\"ma_don_vi\": \"02983\", \"rows\": 3}"));
        assertEquals(
                List.of(List.of("a", "b"), List.of("1", ""), List.of("", "true")),
                rows("  [{\"a\": 1}, {\"b\": true}]  \n"));
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        InvalidException broken =
                assertThrows(InvalidException.class, () -> rows("[\n  {\"ma_don_vi\": \"02983\",}\n]"));
        assertEquals("invalid-json", broken.code().type());
        RowError error = (RowError) ((List<?>) broken.details().get("errors")).get(0);
        assertEquals(2, error.row());
        assertEquals(true, error.messageEn().startsWith("Invalid JSON at line 2, column 25: "), error.messageEn());
        assertEquals(true, error.messageVi().startsWith("JSON không hợp lệ ở dòng 2, cột 25: "), error.messageVi());
        assertEquals(true, error.messageEn().endsWith("start field name."), error.messageEn());

        assertEquals(
                "invalid-json",
                assertThrows(InvalidException.class, () -> rows("[{}] [{}]"))
                        .code()
                        .type());
        assertEquals(
                "invalid-json",
                assertThrows(InvalidException.class, () -> rows("")).code().type());
        assertEquals(
                "invalid-json",
                assertThrows(InvalidException.class, () -> rows("\"text\""))
                        .code()
                        .type());
    }

    /** 300,000 objects (about 40 MB) arrive as a stream; every row comes out, numbered in order. */
    @Test
    void aLargeBatchIsStreamedRowByRow() {
        int objects = 300_000;
        long[] seen = {0, 0};
        String[] last = new String[1];
        JsonRows.read(generated(objects), (rowNumber, cells) -> {
            if (rowNumber > 0) {
                seen[0]++;
                seen[1] += rowNumber;
                last[0] = String.join("|", cells);
            }
        });

        assertEquals(objects, seen[0]);
        assertEquals((long) objects * (objects + 1) / 2, seen[1]);
        assertEquals("C299999|Mô hình Dân vận khéo số 299999|1|", last[0]);
    }

    private static List<List<String>> rows(String json) {
        List<List<String>> rows = new ArrayList<>();
        JsonRows.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                (rowNumber, cells) -> rows.add(List.of(cells)));
        return rows;
    }

    /** {@code {"rows": [...]}} produced piece by piece, never held whole. */
    private static InputStream generated(int objects) {
        Enumeration<InputStream> pieces = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= objects;
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String text = i < 0
                        ? "{\"rows\": ["
                        : i == objects
                                ? "]}"
                                : (i > 0 ? "," : "")
                                        + "{\"ma_don_vi\": \"C%d\", \"ten_mo_hinh\": \"Mô hình Dân vận khéo số %d\", \"fields\": [\"KT\"]%s}"
                                                .formatted(i, i, i % 2 == 0 ? ", \"ghi_chu\": \"chẵn\"" : "");
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(pieces);
    }
}
