package dvk.reporting;

import dvk.errors.ConflictException;
import dvk.time.Vietnam;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Approval freezes a unit's rows of the period and form: a batch that would write to the subtree of an approved
 * report is refused whole. The ingest asks in its transaction, holding the form's lock that approvals take too,
 * so an approval either committed before the batch's check or waits for its commit.
 */
@Singleton
public class ApprovedReports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /**
     * @param unitIds a query of the ids of the units the batch writes to
     * @throws ConflictException naming the first approved report over one of them, its approver and time
     */
    public void refuseWrites(
            Connection connection,
            long provinceId,
            long campaignId,
            long periodId,
            String periodCode,
            String kind,
            String unitIds)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT u.name, u.code, usr.username, usr.display_name, rs.acted_at
                  FROM report_state rs
                  JOIN unit u ON u.province_id = rs.province_id AND u.id = rs.unit_id
                  JOIN app_user usr ON usr.id = rs.acted_by
                 WHERE rs.province_id = ? AND rs.campaign_id = ? AND rs.period_id = ? AND rs.kind = ?
                   AND rs.state = 'approved'
                   AND EXISTS (SELECT 1 FROM unit w WHERE w.province_id = rs.province_id AND w.path <@ u.path
                                                     AND w.id IN (%s))
                 ORDER BY u.code LIMIT 1""".formatted(unitIds))) {
            ps.setLong(1, provinceId);
            ps.setLong(2, campaignId);
            ps.setLong(3, periodId);
            ps.setString(4, kind);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String approver = rs.getString(3) + " (" + rs.getString(4) + ")";
                    String when = rs.getObject(5, OffsetDateTime.class)
                            .atZoneSameInstant(Vietnam.ZONE)
                            .format(WHEN);
                    throw new ConflictException(
                            ReportErrorCode.APPROVED,
                            Map.of(
                                    "approvedBy",
                                    rs.getString(3),
                                    "approvedAt",
                                    rs.getObject(5, OffsetDateTime.class).toString(),
                                    "unitCode",
                                    rs.getString(2)),
                            kind,
                            periodCode,
                            rs.getString(1) + " (" + rs.getString(2) + ")",
                            approver,
                            when);
                }
            }
        }
    }
}
