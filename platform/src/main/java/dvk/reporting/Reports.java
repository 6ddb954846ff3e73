package dvk.reporting;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.access.ScopeSql;
import dvk.access.UnitAccess;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.ingest.BatchKind;
import dvk.ingest.FormLocks;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting cycle of a campaign period: a unit sends its report of a form, a manager of the unit directly
 * above it in the period's structure (or of any unit above, when the campaign allows it) approves or returns it,
 * and may reopen an approved one. Every change is on the audit trail, in the same transaction.
 */
@Singleton
public class Reports {

    private static final String LIST = """
            SELECT u.code, u.name, k.kind, coalesce(rs.state, 'draft'), rs.reason, usr.username, rs.acted_at,
                   s.last_received_at
              FROM (SELECT unit_id, kind FROM submission WHERE province_id = ? AND campaign_id = ? AND period_id = ?
                    UNION
                    SELECT unit_id, kind FROM report_state WHERE province_id = ? AND campaign_id = ? AND period_id = ?) k
              JOIN unit u ON u.province_id = ? AND u.id = k.unit_id
              LEFT JOIN report_state rs ON rs.province_id = u.province_id AND rs.campaign_id = ? AND rs.period_id = ?
                                       AND rs.kind = k.kind AND rs.unit_id = u.id
              LEFT JOIN submission s ON s.province_id = u.province_id AND s.campaign_id = ? AND s.period_id = ?
                                    AND s.kind = k.kind AND s.unit_id = u.id
              LEFT JOIN app_user usr ON usr.id = rs.acted_by
             WHERE %s AND u.path <@ CAST(? AS ltree)
             ORDER BY u.code, k.kind""".formatted(ScopeSql.readsAt("u.path"));

    private final JdbcOperations jdbc;
    private final Campaigns campaigns;
    private final UnitAccess unitAccess;
    private final UnitRepository units;
    private final Audit audit;

    Reports(JdbcOperations jdbc, Campaigns campaigns, UnitAccess unitAccess, UnitRepository units, Audit audit) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.unitAccess = unitAccess;
        this.units = units;
        this.audit = audit;
    }

    /** The reports of the period in the caller's subtree, or in the subtree of {@code unitCode}. */
    @Transactional(readOnly = true)
    public List<ReportView> list(Caller caller, long campaignId, String periodCode, @Nullable String unitCode) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = period(campaign, periodCode);
        String under = unitCode == null || unitCode.isBlank()
                ? campaign.issuerPath()
                : unit(caller, campaign, period, unitCode).path();
        return jdbc.prepareStatement(LIST, ps -> {
            long province = campaign.provinceId();
            Object[] values = {
                province,
                campaignId,
                period.id(),
                province,
                campaignId,
                period.id(),
                province,
                campaignId,
                period.id(),
                campaignId,
                period.id(),
                caller.readScope(),
                under
            };
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            List<ReportView> reports = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reports.add(new ReportView(
                            rs.getString(1),
                            rs.getString(2),
                            periodCode,
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class),
                            rs.getObject(8, OffsetDateTime.class)));
                }
            }
            return reports;
        });
    }

    /** Applies the action and answers the report's new state. */
    @Transactional
    public ReportView act(
            Caller caller,
            long campaignId,
            String periodCode,
            String kindName,
            String unitCode,
            ReportAction action,
            @Nullable String reason) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = period(campaign, periodCode);
        BatchKind kind = BatchKind.parse(kindName)
                .orElseThrow(() -> new NotFoundException(ReportErrorCode.KIND_NOT_FOUND, kindName));
        Unit unit = unit(caller, campaign, period, unitCode);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (action == ReportAction.RETURN && cleanReason == null) {
            throw new InvalidException(ReportErrorCode.REASON_REQUIRED);
        }
        Unit approver = approverUnit(campaign, unit);
        if (action.byApprover()) {
            if (!approves(caller, campaign, approver)) {
                throw new ConflictException(ReportErrorCode.NOT_APPROVER, approver.name(), unit.name());
            }
        } else if (!caller.writes(unit.path())) {
            throw new ConflictException(ReportErrorCode.NOT_SENDER, unit.name());
        }
        // a batch of the same form holds this lock from its checks to its commit: an approval waits for it
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", ps -> {
            ps.setLong(1, FormLocks.key(campaignId, kind));
            ps.executeQuery().close();
            return null;
        });
        String state = currentState(campaign, period, kind, unit);
        if (!action.allowedFrom(state)) {
            throw new ConflictException(ReportErrorCode.WRONG_STATE, unit.name(), state, action.apiName());
        }
        store(caller, campaign, period, kind, unit, action, action == ReportAction.RETURN ? cleanReason : null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("period", periodCode);
        details.put("kind", kind.sqlName());
        details.put("from", state);
        details.put("to", action.result());
        if (cleanReason != null) {
            details.put("reason", cleanReason);
        }
        audit.record(AuditEntry.of(
                caller, unit.provinceId(), unit.id(), "report." + action.apiName(), campaignId, unit.code(), details));
        return list(caller, campaignId, periodCode, unit.code()).stream()
                .filter(r -> r.unitCode().equals(unit.code()) && r.kind().equals(kind.sqlName()))
                .findFirst()
                .orElseThrow();
    }

    private String currentState(Campaign campaign, Campaign.PeriodRef period, BatchKind kind, Unit unit) {
        return jdbc.prepareStatement("""
                SELECT state FROM report_state
                 WHERE province_id = ? AND campaign_id = ? AND period_id = ? AND kind = ? AND unit_id = ?
                   FOR UPDATE""", ps -> {
            bindKey(ps, campaign, period, kind, unit);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "draft";
            }
        });
    }

    private void store(
            Caller caller,
            Campaign campaign,
            Campaign.PeriodRef period,
            BatchKind kind,
            Unit unit,
            ReportAction action,
            @Nullable String reason) {
        jdbc.prepareStatement("""
                INSERT INTO report_state (province_id, campaign_id, period_id, kind, unit_id, state, reason,
                                          acted_by, acted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())
                ON CONFLICT (province_id, campaign_id, period_id, kind, unit_id) DO UPDATE
                   SET state = excluded.state, reason = excluded.reason, acted_by = excluded.acted_by,
                       acted_at = excluded.acted_at""", ps -> {
            bindKey(ps, campaign, period, kind, unit);
            ps.setString(6, action.result());
            ps.setString(7, reason);
            ps.setLong(8, caller.userId());
            return ps.executeUpdate();
        });
    }

    private static void bindKey(
            PreparedStatement ps, Campaign campaign, Campaign.PeriodRef period, BatchKind kind, Unit unit)
            throws SQLException {
        ps.setLong(1, campaign.provinceId());
        ps.setLong(2, campaign.id());
        ps.setLong(3, period.id());
        ps.setString(4, kind.sqlName());
        ps.setLong(5, unit.id());
    }

    /** The unit directly above, within the campaign's tree: the district in the 3-level structure, else the province. */
    private Unit approverUnit(Campaign campaign, Unit unit) {
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        if (parent == null
                || !parent.path().equals(campaign.issuerPath())
                        && !parent.path().startsWith(campaign.issuerPath() + ".")) {
            throw new ConflictException(ReportErrorCode.NO_APPROVER, unit.name());
        }
        return parent;
    }

    /**
     * A manager of the approving unit (or of a unit whose rows went wholly into theirs), an administrator, or,
     * when the campaign allows it, a manager of any unit above.
     */
    private boolean approves(Caller caller, Campaign campaign, Unit approver) {
        if (caller.isAdmin()) {
            return true;
        }
        if (!caller.role().atLeast(Role.MANAGER)) {
            return false;
        }
        if (approver.id() == (caller.unitId() == null ? -1 : caller.unitId())
                || caller.inheritedUnitIdsIn(approver.provinceId()).contains(approver.id())) {
            return true;
        }
        return Boolean.TRUE.equals(campaign.document().approvalFromAbove()) && caller.manages(approver.path());
    }

    static Campaign.PeriodRef period(Campaign campaign, String code) {
        return campaign.period(code).orElseThrow(() -> new NotFoundException(ReportErrorCode.PERIOD_NOT_FOUND, code));
    }

    /** A unit of the period's structure that the caller reads, within the campaign's tree. */
    private Unit unit(Caller caller, Campaign campaign, Campaign.PeriodRef period, String code) {
        LocalDate day = campaign.unitDay(period.period());
        Unit unit = unitAccess.readable(caller, code.trim(), day);
        if (campaign.areaOf(unit) == null) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code);
        }
        return unit;
    }
}
