package dvk.packs;

import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Pack jobs and their files. Reads are bounded by the reader's scope: outside it a pack does not exist. */
@Singleton
@Connectable
class PackRepository {

    private static final String SELECT = """
            SELECT p.id, p.province_id, p.unit_id, u.code AS unit_code, u.name AS unit_name, p.campaign_id,
                   cp.code AS period_code, p.kind, p.status, p.progress, p.error, p.as_of, p.requested_at,
                   p.finished_at, p.base_name, p.number, p.report_date, p.signer_on_behalf, p.signer_title,
                   p.signer_name, p.recipients, p.requested_by
              FROM pack p
              JOIN unit u ON u.province_id = p.province_id AND u.id = p.unit_id
              JOIN campaign_period cp ON cp.province_id = p.province_id AND cp.id = p.period_id
            """;
    private static final String IN_SCOPE = " " + ScopeSql.reads("u.path") + " ";

    private final JdbcOperations jdbc;

    PackRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void fromSnapshot(long id, long snapshotId) {
        jdbc.prepareStatement("UPDATE pack SET snapshot_id = ? WHERE id = ?", ps -> {
            ps.setLong(1, snapshotId);
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    Optional<Long> snapshotOf(long id) {
        return jdbc.prepareStatement("SELECT snapshot_id FROM pack WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable((Long) rs.getObject(1)) : Optional.empty();
            }
        });
    }

    long insert(
            long provinceId,
            long unitId,
            long campaignId,
            long periodId,
            String kind,
            PackRequest request,
            LocalDate reportDate,
            long requestedBy) {
        PackRequest.Signer signer =
                request.signer() == null ? new PackRequest.Signer(null, null, null) : request.signer();
        return jdbc.prepareStatement("""
                INSERT INTO pack (province_id, unit_id, campaign_id, period_id, kind, number, signer_title, signer_name,
                                  requested_by, report_date, signer_on_behalf, recipients)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, unitId);
            ps.setLong(3, campaignId);
            ps.setLong(4, periodId);
            ps.setString(5, kind);
            ps.setString(6, request.number());
            ps.setString(7, signer.title());
            ps.setString(8, signer.name());
            ps.setLong(9, requestedBy);
            ps.setObject(10, reportDate);
            ps.setString(11, signer.onBehalfOf());
            ps.setArray(
                    12,
                    request.recipients() == null
                            ? null
                            : ps.getConnection()
                                    .createArrayOf("text", request.recipients().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The numbers of fields the campaigns have, each once: the templates a pack may need compiled. */
    List<Integer> campaignFieldCounts() {
        return jdbc.prepareStatement("""
                SELECT DISTINCT n FROM (SELECT count(*)::int AS n FROM campaign_field GROUP BY province_id, campaign_id) c
                 ORDER BY n
                """, ps -> {
            List<Integer> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(rs.getInt(1));
                }
            }
            return counts;
        });
    }

    Optional<PackJob> find(long id, String scope) {
        return scoped(SELECT + " WHERE p.id = :id AND" + IN_SCOPE, "id", id, scope).stream()
                .findFirst();
    }

    List<PackJob> recent(long unitId, String scope) {
        return scoped(
                SELECT + " WHERE p.unit_id = :unit AND" + IN_SCOPE + " ORDER BY p.requested_at DESC LIMIT 20",
                "unit",
                unitId,
                scope);
    }

    private List<PackJob> scoped(String sql, String name, long value, String scope) {
        Map<String, Object> values = new HashMap<>();
        values.put(name, value);
        values.put(ScopeSql.PARAMETER, scope);
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = NamedSql.of(sql).prepare(connection, values)) {
                return read(ps);
            }
        });
    }

    void progress(long id, String status, int progress) {
        update("UPDATE pack SET status = ?, progress = ? WHERE id = ?", ps -> {
            ps.setString(1, status);
            ps.setInt(2, progress);
            ps.setLong(3, id);
        });
    }

    void done(long id, Instant asOf, String baseName, byte[] pdf, byte[] docx, byte[] xlsx) {
        update("""
                UPDATE pack SET status = 'done', progress = 100, as_of = ?, base_name = ?, pdf = ?, docx = ?, xlsx = ?,
                       finished_at = now(), claimed_until = NULL WHERE id = ?
                """, ps -> {
            ps.setTimestamp(1, Timestamp.from(asOf));
            ps.setString(2, baseName);
            ps.setBytes(3, pdf);
            ps.setBytes(4, docx);
            ps.setBytes(5, xlsx);
            ps.setLong(6, id);
        });
    }

    void failed(long id, String error) {
        update("""
                UPDATE pack SET status = 'failed', error = ?, finished_at = now(), claimed_until = NULL WHERE id = ?
                """, ps -> {
            ps.setString(1, error);
            ps.setLong(2, id);
        });
    }

    /**
     * Takes the job for this instance unless another holds a live lease on it: status running, a lease of the given
     * length, one more attempt. SKIP LOCKED makes two instances claiming at once get it once. Empty when the job is
     * finished or held.
     */
    OptionalInt claim(long id, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE pack p SET status = 'running', claimed_until = now() + ? * interval '1 second',
                       attempts = p.attempts + 1
                 WHERE p.id = (SELECT id FROM pack
                                WHERE id = ? AND status IN ('queued', 'running')
                                  AND (claimed_until IS NULL OR claimed_until < now())
                                  FOR UPDATE SKIP LOCKED)
                RETURNING p.attempts
                """, ps -> {
            ps.setLong(1, lease.toSeconds());
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalInt.of(rs.getInt(1)) : OptionalInt.empty();
            }
        });
    }

    /**
     * Jobs nobody works on: running under a lease that ran out (its instance stopped), or queued without a claim
     * for longer than a start takes (queued by an instance that stopped before it began).
     */
    List<Long> abandoned() {
        return jdbc.prepareStatement("""
                SELECT id FROM pack
                 WHERE status IN ('queued', 'running')
                   AND (claimed_until < now() OR (claimed_until IS NULL AND requested_at < now() - interval '30 seconds'))
                 ORDER BY requested_at LIMIT 20
                """, ps -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The heartbeat of this instance's running jobs. */
    void renew(Collection<Long> ids, Duration lease) {
        update("""
                UPDATE pack SET claimed_until = now() + ? * interval '1 second'
                 WHERE id = ANY (?) AND status = 'running'
                """, ps -> {
            ps.setLong(1, lease.toSeconds());
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids.toArray()));
        });
    }

    /**
     * Hands back the leases of jobs this instance stops working on at a clean shutdown, so another instance or
     * the next start takes them up at its next sweep instead of after the lease; the cut-off attempt is not
     * counted against the job.
     */
    void release(Collection<Long> ids) {
        update("""
                UPDATE pack SET claimed_until = now(), attempts = greatest(attempts - 1, 0)
                 WHERE id = ANY (?) AND status = 'running'
                """, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())));
    }

    byte[] file(long id, String format) {
        return jdbc.prepareStatement("SELECT " + format + " FROM pack WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        });
    }

    private void update(String sql, Binder binder) {
        jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            return ps.executeUpdate();
        });
    }

    private static List<PackJob> read(PreparedStatement ps) throws SQLException {
        List<PackJob> jobs = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp asOf = rs.getTimestamp("as_of");
                Timestamp finished = rs.getTimestamp("finished_at");
                jobs.add(new PackJob(
                        rs.getLong("id"),
                        rs.getLong("province_id"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        rs.getLong("campaign_id"),
                        rs.getString("period_code"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getInt("progress"),
                        rs.getString("error"),
                        asOf == null ? null : asOf.toInstant(),
                        rs.getTimestamp("requested_at").toInstant(),
                        finished == null ? null : finished.toInstant(),
                        rs.getString("base_name"),
                        rs.getString("number"),
                        rs.getObject("report_date", LocalDate.class),
                        rs.getString("signer_on_behalf"),
                        rs.getString("signer_title"),
                        rs.getString("signer_name"),
                        texts(rs.getArray("recipients")),
                        rs.getLong("requested_by")));
            }
        }
        return jobs;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** A text[] column; null stays null, so "not set" differs from "no recipients". */
    private static List<String> texts(java.sql.Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
