package dvk.rollups;

import dvk.errors.InvalidException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/**
 * A {@link Table} as a file download, for the API and the web alike: {@code csv} (commas), {@code csv-semicolon}
 * (for an Excel set to Vietnamese) or {@code xlsx}; the file is named {@code <table>-<unit>-<period>}, all ASCII.
 */
public final class TableDownload {

    private static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableDownload() {}

    public static HttpResponse<byte[]> of(Table table, String unitCode, String period, String format) {
        String name = table.name() + "-" + unitCode + "-" + period;
        return switch (format) {
            case "csv" -> csv(TableWriter.csv(table, TableWriter.Delimiter.COMMA), name + ".csv");
            case "csv-semicolon" -> csv(TableWriter.csv(table, TableWriter.Delimiter.SEMICOLON), name + ".csv");
            case "xlsx" ->
                HttpResponse.ok(TableWriter.xlsx(table))
                        .contentType(XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            default -> throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "format", format);
        };
    }

    private static HttpResponse<byte[]> csv(byte[] body, String name) {
        return HttpResponse.ok(body)
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
