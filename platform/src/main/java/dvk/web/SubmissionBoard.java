package dvk.web;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.units.Unit;
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
 * read from the same per-unit aggregates ({@code rollup_unit}) with the same on-time rule.
 */
@Singleton
@Connectable
class SubmissionBoard {

    static final List<String> KINDS = List.of("registrations", "results", "indicators");

    // the receipts are grouped per commune first: joined row by row, the planner rescans the aggregates per unit
    private static final String SQL = """
            WITH received AS MATERIALIZED (
                SELECT r.commune_id, min(r.registrations_at) AS registrations_at, min(r.results_at) AS results_at,
                       min(r.indicators_at) AS indicators_at
                  FROM rollup_unit r
                 WHERE r.period_id = ? AND r.province_id = ? AND r.campaign_id = ? AND r.commune_id IS NOT NULL
                 GROUP BY r.commune_id)
            SELECT u.code, u.name, x.registrations_at, x.results_at, x.indicators_at
              FROM unit u
              LEFT JOIN received x ON x.commune_id = u.id
             WHERE u.province_id = ? AND u.level = 'commune' AND u.path <@ CAST(? AS ltree)
               AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
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

    /** {@code unit} must come from {@link dvk.access.UnitAccess}: the board reads below it without checks. */
    List<Line> lines(Campaign campaign, Campaign.PeriodRef period, Unit unit) {
        CampaignDocument.Period p = period.period();
        List<LocalDate> dues = dues(p);
        return jdbc.prepareStatement(SQL, ps -> {
            ps.setLong(1, period.id());
            ps.setLong(2, unit.provinceId());
            ps.setLong(3, campaign.id());
            ps.setLong(4, unit.provinceId());
            ps.setString(5, unit.path());
            ps.setObject(6, p.lastDay());
            ps.setObject(7, p.firstDay());
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
        boolean onTime = at.isBefore(due.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant());
        return new Cell(onTime ? "on-time" : "late", Formats.dateTime(at));
    }
}
