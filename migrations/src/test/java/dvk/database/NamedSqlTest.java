package dvk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomePlaceholdersAndCastsStay() {
        NamedSql sql =
                NamedSql.of("SELECT :a::ltree[], CAST(:snake_case AS int) FROM t WHERE x = :camelCase1 OR y = :a");

        assertEquals("SELECT ?::ltree[], CAST(? AS int) FROM t WHERE x = ? OR y = ?", sql.jdbcSql());
        assertEquals(List.of("a", "snake_case", "camelCase1", "a"), sql.names());
    }

    @Test
    void literalsQuotedNamesAndCommentsAreNotParameters() {
        NamedSql sql = NamedSql.of("""
                -- binds :ignored
                SELECT ':not', 'it''s :no', "col:umn", '12:30'::time, :yes -- and :neither
                """);

        assertEquals(List.of("yes"), sql.names());
        assertEquals("\nSELECT ':not', 'it''s :no', \"col:umn\", '12:30'::time, ? \n", sql.jdbcSql());
    }

    @Test
    void aMissingValueIsAnErrorNotANull() {
        NamedSql sql = NamedSql.of("SELECT :present, :absent");

        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> sql.prepare(null, Map.of("present", 1)));
        assertEquals("No value for :absent", e.getMessage());
    }
}
