package dvk.web;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.ingest.BatchKind;
import dvk.time.Vietnam;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every commune expected to report in a unit's subtree for a period, with the first receipt of each form. The
 * rollups give the counts and the late and missing lists; the board also shows when the punctual ones came in,
 * read from the same aggregate rows ({@code rollup_tree_form}: a commune's rows hold its subtree's first receipts)
 * with the same on-time rule.
 */
@Singleton
@Connectable
class SubmissionBoard {

    static final List<String> KINDS =
            Arrays.stream(BatchKind.values()).map(BatchKind::sqlName).toList();

    /** One row per commune and form due (rollup_tree_form), or one with a null kind when none is. */
    private static final String SQL = """
            SELECT u.id, u.code, u.name, f.kind, f.first_at
              FROM rollup_tree t
              JOIN unit u ON u.province_id = t.province_id AND u.id = t.unit_id
              LEFT JOIN rollup_tree_form f ON f.province_id = t.province_id AND f.campaign_id = t.campaign_id
                                          AND f.period_id = t.period_id AND f.unit_id = t.unit_id
             WHERE t.province_id = ? AND t.campaign_id = ? AND t.period_id = ? AND t.path <@ CAST(? AS ltree[])
               AND t.unit_level = 'commune' AND t.in_force
             ORDER BY u.code
            """;

    private final JdbcOperations jdbc;

    SubmissionBoard(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One form of one commune: "on-time", "late" or "missing", and when it first arrived. */
    record Cell(String status, @Nullable String receivedAt) {}

    /** A commune and its cells, in the order of {@link #KINDS}; null where the form is not due this period. */
    record Line(String code, String name, List<Cell> cells) {
        /** The statuses, space-separated, for the page's status filter. */
        public String statuses() {
            return String.join(
                    " ", cells.stream().filter(c -> c != null).map(Cell::status).toList());
        }
    }

    /**
     * {@code areas} (an ltree[] literal) must come from {@link dvk.rollups.Rollups#areas}: the board reads below them without
     * checks.
     */
    List<Line> lines(Campaign campaign, Campaign.PeriodRef period, String areas) {
        CampaignDocument.Period p = period.period();
        List<LocalDate> dues = dues(p);
        return jdbc.prepareStatement(SQL, ps -> {
            ps.setLong(1, campaign.provinceId());
            ps.setLong(2, campaign.id());
            ps.setLong(3, period.id());
            ps.setString(4, areas);
            // by unit id: codes repeat across the two structures
            Map<Long, String[]> communes = new LinkedHashMap<>();
            Map<Long, Map<String, Instant>> received = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    communes.putIfAbsent(id, new String[] {rs.getString("code"), rs.getString("name")});
                    Timestamp at = rs.getTimestamp("first_at");
                    if (at != null) {
                        received.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString("kind"), at.toInstant());
                    }
                }
            }
            List<Line> lines = new ArrayList<>();
            communes.forEach((id, commune) -> {
                Map<String, Instant> firsts = received.getOrDefault(id, Map.of());
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < KINDS.size(); i++) {
                    cells.add(dues.get(i) == null ? null : cell(dues.get(i), firsts.get(KINDS.get(i))));
                }
                lines.add(new Line(commune[0], commune[1], cells));
            });
            return lines;
        });
    }

    static List<LocalDate> dues(CampaignDocument.Period p) {
        return Arrays.stream(BatchKind.values()).map(kind -> kind.dueIn(p)).toList();
    }

    /** On time when received before the end of the due day in Vietnam, as the rollups count it. */
    private static Cell cell(LocalDate due, @Nullable Instant at) {
        if (at == null) {
            return new Cell("missing", null);
        }
        boolean onTime = at.isBefore(due.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant());
        return new Cell(onTime ? "on-time" : "late", Formats.dateTime(at));
    }
}
