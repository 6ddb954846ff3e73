package dvk.rollups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one unit's whole subtree for one campaign period: what the dashboard shows, the API returns
 * and the report pack prints. Counting rules:
 * <ul>
 * <li>a model counts for a period when it is not withdrawn and its registration period starts on or before the
 * period's cut-off (registrations accumulate over a multi-year stage);</li>
 * <li>results and indicators count for exactly their period, results only for models that count;</li>
 * <li>a commune has submitted a form when it or a unit below it (village, agency) did; expected submitters are
 * the communes of the subtree (within the campaign's area) valid at some day of the period; on time means first
 * received by the end of the due day in Asia/Ho_Chi_Minh.</li>
 * </ul>
 *
 * @param asOf the newest receipt or withdrawal among the rows counted; null when there are none
 * @param figures every figure of the figure list by name ({@code FigureList}, docs/extending.md): what totals
 *        and coverage pick from, and any figure added since
 * @param compare the same figures for another period when asked for
 * @param basis how the figures were re-based onto the units of another day; null when they were not
 */
@Serdeable
public record Rollup(
        UnitRef unit,
        CampaignRef campaign,
        PeriodRef period,
        @Nullable Instant asOf,
        Totals totals,
        Coverage coverage,
        Map<String, BigDecimal> figures,
        List<TargetResult> targets,
        List<FormSubmissions> submissions,
        Commendation commendation,
        List<ChildRollup> children,
        @Schema(type = "object", nullable = true) @Nullable Comparison compare,
        @Schema(type = "object", nullable = true) @Nullable Basis basis,
        @Nullable String count,
        @Schema(type = "object", nullable = true) @Nullable ReportStates reportStates) {

    /**
     * The subtree's reports of the period, one per (unit, form kind) with data or an action, by state: what is
     * still pending before the figures count as approved.
     */
    @Serdeable
    public record ReportStates(long draft, long submitted, long approved, long returned, long reopened) {}

    /**
     * Figures of a campaign's structure counted onto the units in force on {@code day} through the official
     * lineage (Số liệu được quy đổi theo đơn vị hành chính ngày …). A unit split between several new ones
     * counts wholly in one of them, the one of the lowest code; {@code placedByDefault} is how many models of
     * this rollup were placed by that rule.
     */
    @Serdeable
    public record Basis(LocalDate day, long placedByDefault) {}

    /** A unit, or the national root {@code VN} (level "nation"). */
    @Serdeable
    public record UnitRef(String code, String name, String level, String type) {}

    @Serdeable
    public record CampaignRef(long id, String name) {}

    @Serdeable
    public record PeriodRef(String code, String name, LocalDate firstDay, LocalDate lastDay) {}

    /**
     * Models by field, registrant type, status; results of the period (rating, reach, funds, works).
     *
     * @param reviewed models with a result for the period
     */
    @Serdeable
    public record Totals(
            long models,
            List<FieldCount> byField,
            long collective,
            long individual,
            long statusNew,
            long statusContinued,
            long statusReplicated,
            long reviewed,
            long ratingHigh,
            long ratingGood,
            long ratingAverage,
            long ratingPoor,
            long households,
            long people,
            long fundsVnd,
            long works) {}

    /** Models registered with a field; a model with several fields counts in each. */
    @Serdeable
    public record FieldCount(String code, String name, long models) {}

    /**
     * @param childUnitsWithModel null for a child row (drill-down shows one level)
     * @param villagesWithModel from the unit indicators of the period
     * @param averageSatisfaction the mean of the reported satisfaction rates, null when none was reported
     */
    @Serdeable
    public record Coverage(
            @Schema(type = "object", nullable = true) @Nullable
            Share childUnitsWithModel,

            Share communesWithModel,
            Share villagesWithModel,
            Share agenciesWithHighModel,
            @Nullable BigDecimal averageSatisfaction,
            long partyMembers1plus10,
            long households1plus10) {}

    /** {@code count} of {@code of}; percent with two decimals, null when {@code of} is 0. */
    @Serdeable
    public record Share(long count, long of, @Nullable BigDecimal percent) {}

    /** A campaign target (chỉ tiêu) against its actual value; not met when there is nothing to measure. */
    @Serdeable
    public record TargetResult(
            String name,
            String metric,
            @Nullable String unitType,
            String comparison,
            BigDecimal threshold,
            @Nullable BigDecimal actual,
            boolean met) {}

    /** One form due in the period: who was expected, on time, late, missing. */
    @Serdeable
    public record FormSubmissions(
            String kind,
            LocalDate due,
            long expected,
            long onTime,
            long late,
            long missing,
            List<Submitter> lateUnits,
            List<Submitter> missingUnits) {}

    @Serdeable
    public record Submitter(
            String code, String name, @Nullable Instant firstReceivedAt) {}

    /**
     * High-efficiency models of the period, ranked (sustained ≥ 2 years first, then years sustained, households
     * reached, funds), by registrant type; each list is cut at the period's quotas for the type (20 without a
     * quota).
     */
    @Serdeable
    public record Commendation(
            long collectiveCandidates,
            long individualCandidates,
            long sustainedCollective,
            long sustainedIndividual,
            List<Candidate> collective,
            List<Candidate> individual,
            List<QuotaFit> quotas) {}

    @Serdeable
    public record Candidate(
            int rank,
            String modelCode,
            String modelName,
            String registrantName,
            String unitCode,
            String unitName,
            int yearsSustained,
            @Nullable String proposedLevel,
            long households,
            long people,
            long fundsVnd,
            long works) {}

    /** How many candidates fit a quota of this period's review: min(quota, candidates of the type). */
    @Serdeable
    public record QuotaFit(
            String review, String awardingBody, String registrantType, int quota, long candidates, long fit) {}

    /** One child unit's figures; {@code hasModel} feeds the parent's child coverage. */
    @Serdeable
    public record ChildRollup(
            UnitRef unit, boolean hasModel, Totals totals, Coverage coverage, Map<String, BigDecimal> figures) {}

    /**
     * The figures of another period and {@code difference} = this period − that one.
     *
     * @param coverageDifference counts as this − that, percentages in percentage points
     * @param figures that period's figures by name
     * @param figuresDifference each figure as this − that
     */
    @Serdeable
    public record Comparison(
            Compare mode,
            PeriodRef period,
            Totals totals,
            Coverage coverage,
            Totals difference,
            Coverage coverageDifference,
            Map<String, BigDecimal> figures,
            Map<String, BigDecimal> figuresDifference,

            @Schema(type = "object", nullable = true) @Nullable
            Basis basis) {}
}
