package dvk.commendation;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.access.UnitAccess;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.commendation.CommendationLedger.ModelRow;
import dvk.commendation.CommendationLedger.QuotaRow;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.rollups.Compare;
import dvk.rollups.Rollup;
import dvk.rollups.Rollups;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Commendation of a campaign period, from the quotas to the decisions. The issuer holds each quota; a manager of a
 * unit gives shares to the units directly below it; a unit's manager or submitter proposes models of its subtree
 * within its share; a manager of the issuer decides. What a unit holds covers its children's shares and its own
 * proposals not declined: the check here runs under a lock on the quota, and the database's triggers (V60) refuse
 * the same, so concurrent requests cannot over-allocate. Every step is on the audit trail.
 */
@Singleton
public class Commendations {

    /** The SQLSTATE of V60's triggers when a unit would use more than it holds. */
    static final String SHARE_EXCEEDED = "DVK01";

    private static final String UNIQUE_VIOLATION = "23505";

    private final CommendationLedger ledger;
    private final Campaigns campaigns;
    private final UnitAccess unitAccess;
    private final UnitRepository units;
    private final Rollups rollups;
    private final Audit audit;

    Commendations(
            CommendationLedger ledger,
            Campaigns campaigns,
            UnitAccess unitAccess,
            UnitRepository units,
            Rollups rollups,
            Audit audit) {
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.unitAccess = unitAccess;
        this.units = units;
        this.rollups = rollups;
        this.audit = audit;
    }

    /** The page of {@code unitCode} (default: the caller's own unit in the campaign's tree) for the period. */
    @Transactional
    public CommendationView view(Caller caller, long campaignId, String periodCode, @Nullable String unitCode) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = period(campaign, periodCode);
        ledger.syncQuotas(campaign.provinceId(), campaignId);
        LocalDate day = campaign.unitDay(period.period());
        Unit unit = unitCode == null || unitCode.isBlank()
                ? home(caller, campaign, null)
                : inTree(caller, campaign, unitCode, day);
        List<QuotaRow> quotas = ledger.quotas(campaign.provinceId(), campaignId, period.id());
        List<Unit> listed = new ArrayList<>();
        listed.add(unit);
        listed.addAll(units.children(unit, day));
        Map<Long, List<CommendationView.Allocation>> ledgers = ledger.ledgers(
                campaign.provinceId(),
                quotas.stream().mapToLong(QuotaRow::id).toArray(),
                listed.stream().mapToLong(Unit::id).toArray(),
                unit.id(),
                caller.readScope());
        List<CommendationView.Quota> quotaViews = quotas.stream()
                .map(q -> new CommendationView.Quota(
                        q.id(), q.review(), q.award(), q.registrantType(), q.count(), ledgers.get(q.id())))
                .toList();
        List<CommendationView.Proposal> proposals =
                ledger.proposals(campaign.provinceId(), campaignId, period.id(), null, unit.path(), caller.readScope());
        return new CommendationView(
                unit.code(),
                unit.name(),
                periodCode,
                quotaViews,
                candidates(caller, campaign, period, unit),
                proposals,
                proposals.stream().filter(p -> !p.pending()).toList());
    }

    /** Sets the share of {@code unitCode}; a manager of the unit directly above it allocates. */
    @Transactional
    public CommendationView.Allocation allocate(
            Caller caller, long campaignId, long quotaId, String unitCode, @Nullable Integer count) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        long province = campaign.provinceId();
        ledger.syncQuotas(province, campaignId);
        QuotaRow quota = quota(campaign, quotaId);
        Unit target = inTree(caller, campaign, unitCode, day(campaign, quota));
        if (target.path().equals(campaign.issuerPath())) {
            throw new InvalidException(CommendationErrorCode.ISSUER_HOLDS_QUOTA, target.name());
        }
        if (count == null || count < 0) {
            throw new InvalidException(CommendationErrorCode.NEGATIVE_COUNT);
        }
        Unit parent = units.findById(target.parentId()).orElseThrow();
        if (!caller.isAdmin() && !caller.manages(parent.path())) {
            throw new ConflictException(CommendationErrorCode.NOT_ALLOCATOR, parent.name(), target.name());
        }
        ledger.lock(province, quotaId);
        int current = ledger.allocation(province, quotaId, target.id());
        int held = ledger.held(province, quotaId, parent.id());
        int usedByOthers = ledger.used(province, quotaId, parent.id()) - current;
        if (usedByOthers + count > held) {
            throw overAllocated(parent, held, usedByOthers, count, target);
        }
        int usedBelow = ledger.used(province, quotaId, target.id());
        if (usedBelow > count) {
            throw new InvalidException(CommendationErrorCode.SHARE_BELOW_USED, target.name(), usedBelow);
        }
        try {
            ledger.allocate(province, quotaId, target.id(), count, caller.userId());
        } catch (RuntimeException e) {
            if (SHARE_EXCEEDED.equals(sqlState(e))) {
                throw overAllocated(parent, held, usedByOthers, count, target);
            }
            throw e;
        }
        Map<String, Object> details = quotaDetails(campaign, quota);
        details.put("from", current);
        details.put("to", count);
        audit.record(AuditEntry.of(
                caller, province, target.id(), "commendation.allocate", campaignId, target.code(), details));
        return ledger.ledgers(province, new long[] {quotaId}, new long[] {target.id()}, target.id(), caller.readScope())
                .get(quotaId)
                .get(0);
    }

    /** Proposes a model of the caller's subtree within the share of the caller's unit. */
    @Transactional
    public CommendationView.Proposal propose(
            Caller caller,
            long campaignId,
            @Nullable Long quotaId,
            @Nullable String modelCode,
            @Nullable String reason) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        long province = campaign.provinceId();
        ledger.syncQuotas(province, campaignId);
        if (quotaId == null) {
            throw new InvalidException(CommendationErrorCode.QUOTA_NOT_FOUND, "–");
        }
        QuotaRow quota = quota(campaign, quotaId);
        String periodCode = periodCode(campaign, quota);
        if (modelCode == null || modelCode.isBlank()) {
            throw new InvalidException(CommendationErrorCode.MODEL_NOT_FOUND, "", periodCode);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidException(CommendationErrorCode.REASON_REQUIRED);
        }
        Role needed = "managers".equals(ledger.proposers(province, campaignId)) ? Role.MANAGER : Role.SUBMITTER;
        if (!caller.role().atLeast(needed)) {
            throw new ConflictException(CommendationErrorCode.NOT_PROPOSER);
        }
        ModelRow model = ledger.model(province, campaignId, quota.periodId(), modelCode.trim(), caller.readScope())
                .orElseThrow(() -> new NotFoundException(CommendationErrorCode.MODEL_NOT_FOUND, modelCode, periodCode));
        if (!model.registrantType().equals(quota.registrantType())) {
            throw new InvalidException(
                    CommendationErrorCode.WRONG_REGISTRANT_TYPE,
                    model.name(),
                    model.registrantType(),
                    quota.registrantType());
        }
        Unit proposer = home(caller, campaign, model.path());
        ledger.lock(province, quotaId);
        if (ledger.proposed(province, campaignId, quota.periodId(), model.id())) {
            throw new ConflictException(CommendationErrorCode.ALREADY_PROPOSED, model.name());
        }
        int held = ledger.held(province, quotaId, proposer.id());
        if (ledger.used(province, quotaId, proposer.id()) >= held) {
            throw new ConflictException(CommendationErrorCode.SHARE_EXHAUSTED, proposer.name(), held, quota.award());
        }
        long id;
        try {
            id = ledger.propose(
                    province, campaignId, quota, proposer.id(), model.id(), reason.strip(), caller.userId());
        } catch (RuntimeException e) {
            String state = sqlState(e);
            if (SHARE_EXCEEDED.equals(state)) {
                throw new ConflictException(
                        CommendationErrorCode.SHARE_EXHAUSTED, proposer.name(), held, quota.award());
            }
            if (UNIQUE_VIOLATION.equals(state)) {
                throw new ConflictException(CommendationErrorCode.ALREADY_PROPOSED, model.name());
            }
            throw e;
        }
        Map<String, Object> details = quotaDetails(campaign, quota);
        details.put("proposal", id);
        details.put("reason", reason.strip());
        audit.record(AuditEntry.of(
                caller, province, proposer.id(), "commendation.propose", campaignId, modelCode.trim(), details));
        return proposal(campaign, id, caller);
    }

    /** The issuer approves (with the decision's number and date) or declines a proposal. */
    @Transactional
    public CommendationView.Proposal decide(
            Caller caller,
            long campaignId,
            long proposalId,
            @Nullable Boolean approved,
            @Nullable String number,
            @Nullable LocalDate date,
            @Nullable String signer) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        CommendationView.Proposal proposal = proposal(campaign, proposalId, caller);
        if (!caller.isAdmin() && !caller.manages(campaign.issuerPath())) {
            Unit issuer = units.findById(campaign.issuerUnitId()).orElseThrow();
            throw new ConflictException(CommendationErrorCode.NOT_ISSUER, issuer.name());
        }
        if (approved == null || (approved && (number == null || number.isBlank() || date == null))) {
            throw new InvalidException(CommendationErrorCode.DECISION_REQUIRED);
        }
        ledger.lock(campaign.provinceId(), proposal.quotaId());
        String cleanNumber = number == null || number.isBlank() ? null : number.strip();
        String cleanSigner = signer == null || signer.isBlank() ? null : signer.strip();
        if (!proposal.pending()
                || !ledger.decide(
                        campaign.provinceId(), proposalId, approved, cleanNumber, date, cleanSigner, caller.userId())) {
            throw new ConflictException(
                    CommendationErrorCode.ALREADY_DECIDED,
                    proposalId,
                    proposal(campaign, proposalId, caller).state());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("proposal", proposalId);
        details.put("approved", approved);
        if (cleanNumber != null) {
            details.put("decisionNumber", cleanNumber);
        }
        if (date != null) {
            details.put("decisionDate", date.toString());
        }
        audit.record(AuditEntry.of(
                caller,
                campaign.provinceId(),
                ledger.proposerUnit(campaign.provinceId(), proposalId),
                "commendation.decide",
                campaignId,
                proposal.modelCode(),
                details));
        return proposal(campaign, proposalId, caller);
    }

    /**
     * What the pack of {@code unit} prints: each quota of the period with the unit's allocated share (for the
     * issuer, what it has given out), and the proposals not declined about models of its subtree.
     */
    public PackCommendation forPack(Caller caller, Campaign campaign, Campaign.PeriodRef period, Unit unit) {
        long province = campaign.provinceId();
        ledger.syncQuotas(province, campaign.id());
        List<QuotaRow> quotas = ledger.quotas(province, campaign.id(), period.id());
        Map<Long, List<CommendationView.Allocation>> ledgers = ledger.ledgers(
                province,
                quotas.stream().mapToLong(QuotaRow::id).toArray(),
                new long[] {unit.id()},
                unit.id(),
                caller.readScope());
        boolean issuer = unit.id() == campaign.issuerUnitId();
        List<CommendationView.Proposal> proposals =
                ledger.proposals(province, campaign.id(), period.id(), null, unit.path(), caller.readScope()).stream()
                        .filter(p -> !"declined".equals(p.state()))
                        .toList();
        List<PackCommendation.Quota> rows = new ArrayList<>();
        for (QuotaRow q : quotas) {
            List<CommendationView.Allocation> own = ledgers.get(q.id());
            int allocated = 0;
            if (!own.isEmpty()) {
                CommendationView.Allocation a = own.get(0);
                // the issuer's share is the quota itself: what it has allocated is what went to its children
                allocated = issuer ? a.allocated() - a.remaining() - a.proposed() : a.allocated();
            }
            int proposed =
                    (int) proposals.stream().filter(p -> p.quotaId() == q.id()).count();
            int decided = (int) proposals.stream()
                    .filter(p -> p.quotaId() == q.id() && p.approved())
                    .count();
            rows.add(new PackCommendation.Quota(
                    q.id(), q.review(), q.award(), q.registrantType(), q.count(), allocated, proposed, decided));
        }
        return new PackCommendation(rows, proposals);
    }

    private List<CommendationView.Candidate> candidates(
            Caller caller, Campaign campaign, Campaign.PeriodRef period, Unit unit) {
        Rollup.Commendation commendation = rollups.of(
                        caller, unit.code(), campaign.id(), period.period().code(), Compare.NONE)
                .commendation();
        return Stream.concat(
                        commendation.collective().stream().map(c -> candidate("collective", c)),
                        commendation.individual().stream().map(c -> candidate("individual", c)))
                .toList();
    }

    private static CommendationView.Candidate candidate(String type, Rollup.Candidate c) {
        return new CommendationView.Candidate(
                type,
                c.rank(),
                c.modelCode(),
                c.modelName(),
                c.registrantName(),
                c.unitCode(),
                c.unitName(),
                c.yearsSustained(),
                c.households(),
                c.fundsVnd());
    }

    private CommendationView.Proposal proposal(Campaign campaign, long proposalId, Caller caller) {
        return ledger
                .proposals(
                        campaign.provinceId(),
                        campaign.id(),
                        null,
                        proposalId,
                        campaign.issuerPath(),
                        caller.readScope())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(CommendationErrorCode.PROPOSAL_NOT_FOUND, proposalId));
    }

    /**
     * The caller's unit in the campaign: the deepest of the caller's subtrees (their own and those inherited on
     * 1/7/2025) that lies in the campaign's tree, a subtree above the issuer counting as the issuer; with
     * {@code within}, only a subtree that holds that path.
     */
    private Unit home(Caller caller, Campaign campaign, @Nullable String within) {
        String issuer = campaign.issuerPath();
        List<String> roots = new ArrayList<>();
        if (caller.isAdmin()) {
            roots.add(issuer);
        } else {
            roots.add(caller.unitPath());
            roots.addAll(caller.inherited());
        }
        String best = null;
        for (String root : roots) {
            String inTree = below(root, issuer) ? root : below(issuer, root) ? issuer : null;
            if (inTree != null
                    && (within == null || below(within, inTree))
                    && (best == null || inTree.length() > best.length())) {
                best = inTree;
            }
        }
        if (best == null) {
            throw new NotFoundException(CommendationErrorCode.MODEL_NOT_FOUND, "", "");
        }
        return units.findById(Long.parseLong(best.substring(best.lastIndexOf('.') + 1)))
                .orElseThrow();
    }

    private static boolean below(String path, String root) {
        return path.equals(root) || path.startsWith(root + ".");
    }

    /** A unit of the campaign's tree that the caller reads, as of the period's day. */
    private Unit inTree(Caller caller, Campaign campaign, String code, LocalDate day) {
        Unit unit = unitAccess.readable(caller, code.trim(), day);
        if (!below(unit.path(), campaign.issuerPath())) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, code);
        }
        return unit;
    }

    private QuotaRow quota(Campaign campaign, long quotaId) {
        return ledger.quota(campaign.provinceId(), campaign.id(), quotaId)
                .orElseThrow(() -> new NotFoundException(CommendationErrorCode.QUOTA_NOT_FOUND, quotaId));
    }

    private static Campaign.PeriodRef period(Campaign campaign, String code) {
        return campaign.period(code)
                .orElseThrow(() -> new NotFoundException(CommendationErrorCode.PERIOD_NOT_FOUND, code));
    }

    private static Campaign.PeriodRef periodOf(Campaign campaign, QuotaRow quota) {
        return campaign.periods().stream()
                .filter(p -> p.id() == quota.periodId())
                .findFirst()
                .orElseThrow();
    }

    private static String periodCode(Campaign campaign, QuotaRow quota) {
        return periodOf(campaign, quota).period().code();
    }

    private static LocalDate day(Campaign campaign, QuotaRow quota) {
        return campaign.unitDay(periodOf(campaign, quota).period());
    }

    private static Map<String, Object> quotaDetails(Campaign campaign, QuotaRow quota) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("quota", quota.id());
        details.put("period", periodCode(campaign, quota));
        details.put("award", quota.award());
        details.put("registrantType", quota.registrantType());
        return details;
    }

    private static InvalidException overAllocated(Unit parent, int held, int used, int count, Unit target) {
        return new InvalidException(
                CommendationErrorCode.OVER_ALLOCATED,
                Map.of("held", held, "used", used, "requested", count),
                parent.name(),
                held,
                used,
                count,
                target.name(),
                used + count);
    }

    /** The SQLSTATE of the first {@link SQLException} among the causes, if any. */
    @Nullable
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
