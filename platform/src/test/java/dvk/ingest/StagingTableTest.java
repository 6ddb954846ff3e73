package dvk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.database.TestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Each form's staging table, COPY column list and COPY line come from one column list; this proves they agree
 * on PostgreSQL itself: the table created has the COPY list's columns in its order, and a row the form stages
 * lands with every value in the column it belongs to.
 */
class StagingTableTest {

    private static final Map<String, String> DATABASE = TestDatabase.newDatabaseProperties();

    @Test
    void aRegistrationLandsInItsColumns() throws Exception {
        Campaign campaign = new Campaign(
                1,
                1,
                1,
                "1",
                LocalDate.of(2025, 7, 1),
                null,
                1,
                null,
                List.of(
                        new Campaign.FieldRef(41, new CampaignDocument.Field("KT", "Kinh tế")),
                        new Campaign.FieldRef(42, new CampaignDocument.Field("VHXH", "Văn hóa – xã hội"))),
                List.of(),
                List.of());

        Map<String, String> staged = stage(
                new RegistrationForm(campaign),
                Map.ofEntries(
                        Map.entry("model_code", "M7"),
                        Map.entry("unit", "02947"),
                        Map.entry("registrant", "Chi hội Phụ nữ thôn 3"),
                        Map.entry("type", "Tập thể"),
                        Map.entry("model", "Nuôi\tong"),
                        Map.entry("KT", "x"),
                        Map.entry("VHXH", "1"),
                        Map.entry("form", "Tuyên truyền"),
                        Map.entry("status", "Tiếp tục"),
                        Map.entry("note", "dòng 1\ndòng 2"),
                        Map.entry("replicates", "M2")));

        assertEquals(
                Map.ofEntries(
                        Map.entry("row_number", "5"),
                        Map.entry("unit_code", "02947"),
                        Map.entry("model_code", "M7"),
                        Map.entry("registrant_type", "collective"),
                        Map.entry("registrant_name", "Chi hội Phụ nữ thôn 3"),
                        Map.entry("registrant_key", Texts.key("Chi hội Phụ nữ thôn 3")),
                        Map.entry("model_name", "Nuôi\tong"),
                        Map.entry("model_key", Texts.key("Nuôi\tong")),
                        Map.entry("field_ids", "{41,42}"),
                        Map.entry("implementation_form", "Tuyên truyền"),
                        Map.entry("time_frame", "null"),
                        Map.entry("expected_result", "null"),
                        Map.entry("status", "continued"),
                        Map.entry("note", "dòng 1\ndòng 2"),
                        Map.entry("replicates_code", "M2")),
                staged);
    }

    @Test
    void aResultLandsInItsColumns() throws Exception {
        Map<String, String> staged = stage(
                new ResultForm(),
                Map.of(
                        "unit",
                        "02947",
                        "registrant",
                        "Chi hội Phụ nữ",
                        "model",
                        "Nuôi ong",
                        "results",
                        "Tăng thu nhập",
                        "households",
                        "12",
                        "people",
                        "40",
                        "funds",
                        "3.000.000.000",
                        "works",
                        "2",
                        "rating",
                        "Cao",
                        "years",
                        "3"));

        assertEquals(
                Map.ofEntries(
                        Map.entry("row_number", "5"),
                        Map.entry("model_code", "null"),
                        Map.entry("unit_code", "02947"),
                        Map.entry("registrant_name", "Chi hội Phụ nữ"),
                        Map.entry("registrant_key", Texts.key("Chi hội Phụ nữ")),
                        Map.entry("model_name", "Nuôi ong"),
                        Map.entry("model_key", Texts.key("Nuôi ong")),
                        Map.entry("results", "Tăng thu nhập"),
                        Map.entry("households", "12"),
                        Map.entry("people", "40"),
                        Map.entry("funds_vnd", "3000000000"),
                        Map.entry("works", "2"),
                        Map.entry("rating", "high"),
                        Map.entry("proposed_level", "null"),
                        Map.entry("years_sustained", "3"),
                        Map.entry("note", "null")),
                staged);
    }

    @Test
    void anIndicatorRowLandsInItsColumns() throws Exception {
        Map<String, String> staged = stage(
                new IndicatorForm(),
                Map.of(
                        "unit",
                        "02947",
                        "villages",
                        "14",
                        "with_model",
                        "9",
                        "satisfaction",
                        "92,5",
                        "members",
                        "31",
                        "households",
                        "310",
                        "note",
                        "Ghi chú\\"));

        assertEquals(
                Map.of(
                        "row_number",
                        "5",
                        "unit_code",
                        "02947",
                        "villages",
                        "14",
                        "villages_with_model",
                        "9",
                        "satisfaction_pct",
                        "92.50",
                        "party_members_1plus10",
                        "31",
                        "households_1plus10",
                        "310",
                        "note",
                        "Ghi chú\\"),
                staged);
    }

    /**
     * Stages one data row (row 5) of {@code cells} (column id to cell) through the form, creates the form's table,
     * COPYs the line with the form's column list, and reads the row back as column name to text.
     */
    private Map<String, String> stage(Form form, Map<String, String> cells) throws Exception {
        Map<String, Integer> index = new HashMap<>();
        String[] values = new String[cells.size()];
        int i = 0;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            index.put(cell.getKey(), i);
            values[i++] = cell.getValue();
        }
        StringWriter out = new StringWriter();
        RowErrors errors = new RowErrors();
        boolean data = form.stage(new Cells(index).at(5, values), new CopyLine(out), errors);
        assertTrue(data && errors.total() == 0, "the row is a valid data row: " + errors.kept());

        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute(form.staging().create());
            }
            assertEquals(
                    List.of(form.staging().copyColumns().split(", ")),
                    columnsOf(connection),
                    "the table's columns are the COPY list's, in its order");
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY ingest_stage (" + form.staging().copyColumns() + ") FROM STDIN",
                            new StringReader(out.toString()));
            assertEquals(1, copied);
            Map<String, String> row = new HashMap<>();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT * FROM ingest_stage")) {
                assertTrue(rs.next());
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.put(rs.getMetaData().getColumnName(c), String.valueOf(rs.getString(c)));
                }
            }
            connection.rollback();
            return row;
        }
    }

    private static List<String> columnsOf(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("""
                SELECT attname FROM pg_attribute
                 WHERE attrelid = 'ingest_stage'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Connection connect() throws SQLException {
        String url = DATABASE.get("datasources.default.url");
        String user = DATABASE.get("datasources.default.username");
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "");
    }
}
