package dvk.demo;

import dvk.units.Unit;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.util.List;

/**
 * District agencies and mass organisations of Bảo Yên (seed 003's unit kinds: Cơ quan, MTTQ, Đoàn thể), which
 * register models of their own; they hang below the district with system codes.
 */
final class DemoAgencies {

    private static final List<String[]> AGENCIES = List.of(
            new String[] {"MTTQ", "Ủy ban MTTQ Việt Nam huyện Bảo Yên", "MTTQ"},
            new String[] {"HPN", "Hội Liên hiệp Phụ nữ huyện Bảo Yên", "Đoàn thể"},
            new String[] {"HD", "Huyện đoàn Bảo Yên", "Đoàn thể"},
            new String[] {"HND", "Hội Nông dân huyện Bảo Yên", "Đoàn thể"},
            new String[] {"CCB", "Hội Cựu chiến binh huyện Bảo Yên", "Đoàn thể"},
            new String[] {"VP", "Văn phòng HĐND và UBND huyện Bảo Yên", "Cơ quan"},
            new String[] {"NN", "Phòng Nông nghiệp và Phát triển nông thôn huyện Bảo Yên", "Cơ quan"});

    private DemoAgencies() {}

    /** Idempotent: a demo load cut short and run again finds the agencies there. */
    static void createUnder(JdbcOperations jdbc, Unit district) {
        jdbc.prepareStatement("""
                WITH a AS MATERIALIZED (
                    SELECT nextval('unit_id_seq') AS id, suffix, name, type
                      FROM unnest(?::text[], ?::text[], ?::text[]) AS t (suffix, name, type))
                INSERT INTO unit (province_id, id, code, name, level, type, parent_id, path, valid_from, valid_to)
                SELECT ?, a.id, ? || '-' || a.suffix, a.name, 'agency', a.type, ?, ?::ltree || a.id::text, ?, ?
                  FROM a
                ON CONFLICT (code, valid_from) DO NOTHING
                """, ps -> {
            ps.setArray(
                    1,
                    ps.getConnection()
                            .createArrayOf(
                                    "text", AGENCIES.stream().map(a -> a[0]).toArray()));
            ps.setArray(
                    2,
                    ps.getConnection()
                            .createArrayOf(
                                    "text", AGENCIES.stream().map(a -> a[1]).toArray()));
            ps.setArray(
                    3,
                    ps.getConnection()
                            .createArrayOf(
                                    "text", AGENCIES.stream().map(a -> a[2]).toArray()));
            ps.setLong(4, district.provinceId());
            ps.setString(5, district.code());
            ps.setLong(6, district.id());
            ps.setString(7, district.path());
            ps.setObject(8, district.validFrom());
            ps.setObject(9, district.validTo());
            return ps.executeUpdate();
        });
    }
}
