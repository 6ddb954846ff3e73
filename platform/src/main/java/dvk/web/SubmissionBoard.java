package dvk.web;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
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
import java.util.List;

/**
 * Every commune expected to report in a unit's subtree for a period, with the first receipt of each form. The
 * rollups give the counts and the late and missing lists; the board also shows when the punctual ones came in,
 * read from the same aggregate rows ({@code rollup_tree}: a commune's row holds its subtree's first receipts)
 * with the same on-time rule.
 */
@Singleton
@Connectable
class SubmissionBoard {

    static final List<String> KINDS = List.of("registrations", "results", "indicators");

    private static final String SQL = """
            SELECT u.code, u.name, t.registrations_at, t.results_at, t.indicators_at
              FROM rollup_tree t
              JOIN unit u ON u.province_id = t.province_id AND u.id = t.unit_id
             WHERE t.province_id = ? AND t.campaign_id = ? AND t.period_id = ? AND t.path <@ CAST(? AS ltree[])
               AND t.unit_level = 'commune' AND t.in_force
             ORDER BY u.code
            """;

    private final JdbcOperations jdbc;

    SubmissionBoard(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One form of one commune: "on-time", "late" or "missing", and when it first arrived. */
    record Cell(String status, @Nullable String receivedAt) {
    }

    /** A commune and its cells, in the order of {@link #KINDS}; null where the form is not due this period. */
    record Line(String code, String name, List<Cell> cells) {
        /** The statuses, space-separated, for the page's status filter. */
        public String statuses() {
            return String.join(" ", cells.stream().filter(c -> c != null).map(Cell::status).toList());
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
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < KINDS.size(); i++) {
                        Timestamp at = rs.getTimestamp(3 + i);
                        cells.add(dues.get(i) == null ? null : cell(dues.get(i), at == null ? null : at.toInstant()));
                    }
                    lines.add(new Line(rs.getString(1), rs.getString(2), cells));
                }
            }
            return lines;
        });
    }

    static List<LocalDate> dues(CampaignDocument.Period p) {
        return java.util.Arrays.asList(p.dueRegistration(), p.dueResults(), p.dueIndicators());
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
