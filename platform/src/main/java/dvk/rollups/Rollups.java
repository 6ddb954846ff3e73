package dvk.rollups;

import dvk.access.Caller;
import dvk.campaigns.CampaignDocument;
import dvk.errors.InvalidException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rollup API for Java callers (the HTTP controller, the report packs): figures of a unit's subtree for a
 * campaign period, read from the aggregates {@link RollupRefresh} keeps current. Units outside the caller's
 * read scope, and the national root {@code VN} for anyone but an administrator, are "not found".
 */
@Singleton
public class Rollups {

    /** Candidates listed per registrant type when the period has no quota for it. */
    static final int DEFAULT_CANDIDATES = 20;

    static final int MAX_PAGE_SIZE = 1000;

    private final RollupScopes scopes;
    private final RollupReader reader;
    private final List<Figure> figureList;

    Rollups(RollupScopes scopes, RollupReader reader, FigureList figureList) {
        this.scopes = scopes;
        this.reader = reader;
        this.figureList = figureList.figures();
    }

    /** The rollup of {@code unitCode} ({@code VN} for the nation) for one period of a campaign. */
    @Transactional(readOnly = true)
    public Rollup of(Caller caller, String unitCode, long campaignId, String periodCode, Compare compare) {
        return of(caller, unitCode, campaignId, periodCode, compare, null);
    }

    /**
     * The rollup with its figures re-based onto the units in force on {@code basis} (null: the campaign's own
     * structure): {@code unitCode} then names a unit of that day, and the campaign's figures count onto it
     * through the official lineage; totals are the same whatever the basis.
     */
    @Transactional(readOnly = true)
    public Rollup of(
            Caller caller,
            String unitCode,
            long campaignId,
            String periodCode,
            Compare compare,
            @Nullable LocalDate basis) {
        return of(caller, unitCode, campaignId, periodCode, compare, basis, Count.ALL);
    }

    /**
     * The rollup counting all rows or only those whose report is approved ({@link Count}); either way it carries
     * the subtree's report states.
     */
    @Transactional(readOnly = true)
    public Rollup of(
            Caller caller,
            String unitCode,
            long campaignId,
            String periodCode,
            Compare compare,
            @Nullable LocalDate basis,
            Count count) {
        RollupScope scope = scopes.resolve(caller, unitCode, campaignId, periodCode, basis);
        String own = count == Count.APPROVED ? ownReports(caller, scope) : null;
        Summary summary = summarise(scope, own);
        Rollup.Comparison comparison = null;
        if (compare != Compare.NONE) {
            CampaignDocument.Period other =
                    otherPeriod(scope, scopes.comparablePeriods(caller, scope.campaign()), compare);
            RollupScope earlier = scopes.resolve(caller, unitCode, campaignId, other.code(), basis);
            Summary then = summarise(earlier, count == Count.APPROVED ? ownReports(caller, earlier) : null);
            Figures difference = summary.figures.minus(then.figures);
            comparison = new Rollup.Comparison(
                    compare,
                    new Rollup.PeriodRef(other.code(), other.name(), other.firstDay(), other.lastDay()),
                    then.totals,
                    then.coverage,
                    difference.totals(difference(summary.totals.byField(), then.totals.byField())),
                    difference(summary.coverage, then.coverage),
                    Figures.byName(figureList, then.figures),
                    Figures.byName(figureList, difference),
                    basisOf(earlier));
        }
        return new Rollup(
                scope.unit(),
                new Rollup.CampaignRef(scope.campaign().id(), scope.campaign().name()),
                scope.periodRef(),
                summary.asOf,
                summary.totals,
                summary.coverage,
                Figures.byName(figureList, summary.figures),
                targets(scope, summary),
                reader.submissions(scope),
                commendation(scope, summary.figures),
                summary.children,
                comparison,
                basisOf(scope),
                count.code(),
                reader.reportStates(scope));
    }

    /**
     * The path of the caller's own unit when it sends reports of this campaign (it lies below the issuer), for
     * "approved only" to count all of its own rows; empty otherwise.
     */
    private static String ownReports(Caller caller, RollupScope scope) {
        String home = caller.unitPath();
        String issuer = scope.campaign().issuerPath();
        return home != null && !scope.rebased() && home.startsWith(issuer + ".") ? home : "";
    }

    @Nullable
    private static Rollup.Basis basisOf(RollupScope scope) {
        return scope.rebased()
                ? new Rollup.Basis(scope.basis().day(), scope.basis().placedByDefault())
                : null;
    }

    /** The models behind the figures of a rollup, filtered; page counts from 1. */
    @Transactional(readOnly = true)
    public ModelPage models(
            Caller caller,
            String unitCode,
            long campaignId,
            String periodCode,
            @Nullable LocalDate basis,
            ModelPage.Filter filter,
            int page,
            int size) {
        if (page < 1) {
            throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "page", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "size", size);
        }
        RollupScope scope = scopes.resolve(caller, unitCode, campaignId, periodCode, basis);
        return reader.models(scope, filterValues(caller, scope, filter), page, size);
    }

    /** Every model behind the figures, for exports. */
    @Transactional(readOnly = true)
    public ModelPage allModels(
            Caller caller,
            String unitCode,
            long campaignId,
            String periodCode,
            @Nullable LocalDate basis,
            ModelPage.Filter filter) {
        RollupScope scope = scopes.resolve(caller, unitCode, campaignId, periodCode, basis);
        return reader.models(scope, filterValues(caller, scope, filter), 1, Integer.MAX_VALUE);
    }

    /**
     * The areas (an ltree[] literal) whose rows make up the rollup's total: the unit's subtree within the
     * campaign, or, re-based, its predecessors' areas; for pages that list the units behind the figures.
     */
    @Transactional(readOnly = true)
    public String areas(Caller caller, String unitCode, long campaignId, String periodCode, @Nullable LocalDate basis) {
        RollupScope scope = scopes.resolve(caller, unitCode, campaignId, periodCode, basis);
        return "{"
                + String.join(
                        ",",
                        scope.slices().stream()
                                .filter(RollupScope.Slice::total)
                                .map(RollupScope.Slice::area)
                                .toList())
                + "}";
    }

    private Map<String, Object> filterValues(Caller caller, RollupScope scope, ModelPage.Filter filter) {
        Map<String, Object> values = new HashMap<>();
        String within = filter.child() == null ? null : scopes.childAreas(caller, scope, filter.child());
        values.put("byWithin", within != null);
        values.put("within", within == null ? "{}" : within);
        long[] fieldIds = filter.field() == null
                ? new long[0]
                : scope.fields().entrySet().stream()
                        .filter(e -> e.getValue().code().equalsIgnoreCase(filter.field()))
                        .mapToLong(Map.Entry::getKey)
                        .toArray();
        if (filter.field() != null && fieldIds.length == 0) {
            throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "field", filter.field());
        }
        values.put("byField", filter.field() != null);
        values.put("fieldIds", fieldIds);
        put(values, "type", filter.type(), List.of("collective", "individual"));
        put(values, "status", filter.status(), List.of("new", "continued", "replicated"));
        put(values, "rating", filter.rating(), List.of("high", "good", "average", "poor", "none"));
        return values;
    }

    private static void put(Map<String, Object> values, String name, @Nullable String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, name, value);
        }
        values.put("by" + Character.toUpperCase(name.charAt(0)) + name.substring(1), value != null);
        values.put(name, value == null ? "" : value);
    }

    /** Totals, coverage and children of one scope. */
    private record Summary(
            Figures figures,
            Rollup.Totals totals,
            Rollup.Coverage coverage,
            List<Rollup.ChildRollup> children,
            java.time.Instant asOf) {}

    /** {@code own} null: every row; else approved rows only, and all of {@code own}'s (see {@link #ownReports}). */
    private Summary summarise(RollupScope scope, @Nullable String own) {
        Map<Long, Figures> figures = own == null ? reader.figures(scope) : reader.approvedFigures(scope, own);
        Map<Long, Map<Long, Long>> fields = own == null ? reader.fields(scope) : reader.approvedFields(scope, own);
        Map<Long, Rollup.UnitRef> childUnits = scope.rebased() ? scope.basis().children() : reader.children(scope);
        List<Rollup.ChildRollup> children = new ArrayList<>();
        Figures empty = Figures.empty(figureList);
        long childrenWithModel = 0;
        for (Map.Entry<Long, Rollup.UnitRef> child : childUnits.entrySet()) {
            Figures f = figures.getOrDefault(child.getKey(), empty);
            boolean hasModel = f.count("models") > 0;
            children.add(new Rollup.ChildRollup(
                    child.getValue(),
                    hasModel,
                    f.totals(byField(scope, fields.get(child.getKey()))),
                    f.coverage(null),
                    Figures.byName(figureList, f)));
            childrenWithModel += hasModel ? 1 : 0;
        }
        Figures total = figures.getOrDefault(RollupReader.TOTAL, empty);
        Rollup.Coverage coverage = total.coverage(Figures.share(childrenWithModel, children.size()));
        return new Summary(
                total,
                total.totals(byField(scope, fields.get(RollupReader.TOTAL))),
                coverage,
                children,
                total.newestAt());
    }

    /** Every field of the campaign in display order, zeros included; the national root merges fields by code. */
    private static List<Rollup.FieldCount> byField(RollupScope scope, @Nullable Map<Long, Long> counts) {
        Map<String, Long> byCode = new HashMap<>();
        if (counts != null) {
            counts.forEach((id, n) -> {
                CampaignDocument.Field field = scope.fields().get(id);
                if (field != null) {
                    byCode.merge(field.code(), n, Long::sum);
                }
            });
        }
        return scope.campaign().fields().stream()
                .map(f -> new Rollup.FieldCount(
                        f.field().code(),
                        f.field().name(),
                        byCode.getOrDefault(f.field().code(), 0L)))
                .toList();
    }

    private List<Rollup.TargetResult> targets(RollupScope scope, Summary summary) {
        List<CampaignDocument.Target> targets = scope.campaign().document().targets();
        if (targets == null) {
            return List.of();
        }
        Map<String, long[]> perUnit = targets.stream().anyMatch(t -> "models-per-unit".equals(t.metric()))
                ? reader.modelsPerUnit(scope)
                : Map.of();
        List<Rollup.TargetResult> results = new ArrayList<>();
        for (CampaignDocument.Target target : targets) {
            BigDecimal actual = actual(summary, perUnit, target);
            boolean met = actual != null && Targets.meets(actual, target.comparison(), target.threshold());
            // plain notation: a stored 100 may come back as 1E+2, which a report would print as such
            BigDecimal threshold =
                    new BigDecimal(target.threshold().stripTrailingZeros().toPlainString());
            results.add(new Rollup.TargetResult(
                    target.name(), target.metric(), target.unitType(), target.comparison(), threshold, actual, met));
        }
        return results;
    }

    private static BigDecimal actual(Summary summary, Map<String, long[]> perUnit, CampaignDocument.Target target) {
        Rollup.Coverage coverage = summary.coverage;
        return switch (target.metric()) {
            case "communes-with-model" -> coverage.communesWithModel().percent();
            case "villages-with-model" -> coverage.villagesWithModel().percent();
            case "agencies-with-high-model" -> coverage.agenciesWithHighModel().percent();
            case "models-reviewed" -> Figures.percent(summary.totals.reviewed(), summary.totals.models());
            case "average-satisfaction" -> coverage.averageSatisfaction();
            case "models-per-unit" -> {
                long[] fewest = perUnit.get(target.unitType());
                yield fewest == null || fewest[1] == 0 ? null : BigDecimal.valueOf(fewest[0]);
            }
            default -> null;
        };
    }

    private Rollup.Commendation commendation(RollupScope scope, Figures figures) {
        List<CampaignDocument.Quota> quotas = scope.campaign().document().quotas() == null
                ? List.of()
                : scope.campaign().document().quotas().stream()
                        .filter(q -> q.periodCode().equals(scope.period().code()))
                        .toList();
        List<Rollup.QuotaFit> fits = quotas.stream()
                .map(q -> {
                    long candidates = figures.count("high_" + q.registrantType());
                    return new Rollup.QuotaFit(
                            q.review(),
                            q.awardingBody(),
                            q.registrantType(),
                            q.count(),
                            candidates,
                            Math.min(q.count(), candidates));
                })
                .toList();
        Map<String, List<Rollup.Candidate>> candidates =
                reader.candidates(scope, listed(quotas, "collective"), listed(quotas, "individual"));
        return new Rollup.Commendation(
                figures.count("high_collective"),
                figures.count("high_individual"),
                figures.count("sustained_collective"),
                figures.count("sustained_individual"),
                candidates.get("collective"),
                candidates.get("individual"),
                fits);
    }

    /** As many candidates as all the period's quotas of the type together can commend. */
    private static int listed(List<CampaignDocument.Quota> quotas, String type) {
        int sum = quotas.stream()
                .filter(q -> q.registrantType().equals(type))
                .mapToInt(CampaignDocument.Quota::count)
                .sum();
        return sum == 0 ? DEFAULT_CANDIDATES : sum;
    }

    private static CampaignDocument.Period otherPeriod(
            RollupScope scope, List<CampaignDocument.Period> periods, Compare compare) {
        CampaignDocument.Period current = scope.period();
        List<CampaignDocument.Period> sameKind =
                periods.stream().filter(p -> p.kind().equals(current.kind())).toList();
        java.util.Optional<CampaignDocument.Period> other = switch (compare) {
            case PREVIOUS ->
                sameKind.stream()
                        .filter(p -> p.lastDay().isBefore(current.lastDay()))
                        .max(Comparator.comparing(CampaignDocument.Period::lastDay));
            case LAST_YEAR ->
                sameKind.stream()
                        .filter(p -> p.lastDay().equals(current.lastDay().minusYears(1)))
                        .findFirst();
            case NONE -> java.util.Optional.empty();
        };
        return other.orElseThrow(() -> new InvalidException(
                RollupErrorCode.NO_COMPARISON_PERIOD,
                compare.name().toLowerCase(java.util.Locale.ROOT),
                current.code()));
    }

    /** Models by field as this − that (the campaign's fields, in the same order in both). */
    private static List<Rollup.FieldCount> difference(List<Rollup.FieldCount> now, List<Rollup.FieldCount> then) {
        List<Rollup.FieldCount> fields = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Rollup.FieldCount f = now.get(i);
            fields.add(new Rollup.FieldCount(
                    f.code(), f.name(), f.models() - then.get(i).models()));
        }
        return fields;
    }

    /** Counts and denominators as this − that; percentages as percentage points, null where either is. */
    private static Rollup.Coverage difference(Rollup.Coverage now, Rollup.Coverage then) {
        BigDecimal satisfaction = now.averageSatisfaction() == null || then.averageSatisfaction() == null
                ? null
                : now.averageSatisfaction().subtract(then.averageSatisfaction());
        return new Rollup.Coverage(
                difference(now.childUnitsWithModel(), then.childUnitsWithModel()),
                difference(now.communesWithModel(), then.communesWithModel()),
                difference(now.villagesWithModel(), then.villagesWithModel()),
                difference(now.agenciesWithHighModel(), then.agenciesWithHighModel()),
                satisfaction,
                now.partyMembers1plus10() - then.partyMembers1plus10(),
                now.households1plus10() - then.households1plus10());
    }

    private static Rollup.Share difference(@Nullable Rollup.Share now, @Nullable Rollup.Share then) {
        if (now == null || then == null) {
            return null;
        }
        BigDecimal points = now.percent() == null || then.percent() == null
                ? null
                : now.percent().subtract(then.percent());
        return new Rollup.Share(now.count() - then.count(), now.of() - then.of(), points);
    }
}
