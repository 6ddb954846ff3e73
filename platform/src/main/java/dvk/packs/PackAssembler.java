package dvk.packs;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.commendation.PackCommendation;
import dvk.documents.DocumentProfile;
import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.CampaignField;
import dvk.reports.pack.Commendation;
import dvk.reports.pack.CommendationCandidate;
import dvk.reports.pack.CommendationEntry;
import dvk.reports.pack.CommendationQuota;
import dvk.reports.pack.DocumentHeader;
import dvk.reports.pack.Efficiency;
import dvk.reports.pack.EfficiencyCounts;
import dvk.reports.pack.FieldTable;
import dvk.reports.pack.FigureLine;
import dvk.reports.pack.LateSubmission;
import dvk.reports.pack.MissingSubmission;
import dvk.reports.pack.PackKind;
import dvk.reports.pack.RegistrantCounts;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.ReportingPeriod;
import dvk.reports.pack.Signer;
import dvk.reports.pack.StatusCounts;
import dvk.reports.pack.SubmissionLine;
import dvk.reports.pack.Submissions;
import dvk.reports.pack.SummaryFigures;
import dvk.reports.pack.TargetLine;
import dvk.reports.pack.TargetMeasure;
import dvk.reports.pack.UnitFieldRow;
import dvk.rollups.Figure;
import dvk.rollups.FigureList;
import dvk.rollups.Rollup;
import dvk.rollups.RollupLabels;
import dvk.time.Vietnam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the rollup of a unit and period into the records the report renderer prints: no figure of its own. */
final class PackAssembler {

    private PackAssembler() {}

    /** Printed when the earlier period was reported on the units before 1/7/2025 and counted onto today's. */
    static final String REBASED_COMPARISON = "Số liệu cùng kỳ được quy đổi theo đơn vị hành chính hiện nay.";

    static ReportPack assemble(
            PackKind kind,
            Rollup rollup,
            Campaign campaign,
            DocumentProfile profile,
            String number,
            LocalDate date,
            Signer signer,
            List<String> recipients,
            List<AnnexUnit> annex,
            PackCommendation commendation,
            Instant now,
            FigureList figures,
            RollupLabels labels) {
        CampaignDocument document = campaign.document();
        List<CampaignField> fields = document.fields().stream()
                .map(f -> new CampaignField(f.code(), f.name()))
                .toList();
        ReportingPeriod period = new ReportingPeriod(
                rollup.period().name(),
                rollup.period().code(),
                rollup.period().firstDay(),
                rollup.period().lastDay());
        DocumentHeader header = new DocumentHeader(
                profile.superiorBody(),
                profile.issuingBody(),
                number == null || number.isBlank() ? "Số      -" + profile.documentSymbol() : number,
                profile.placeName(),
                date,
                List.of("BÁO CÁO", title(kind, rollup)),
                rollup.unit().name(),
                document.name(),
                period);
        return new ReportPack(
                kind,
                header,
                summary(rollup.totals()),
                rollup.compare() == null ? null : summary(rollup.compare().totals()),
                rollup.compare() != null && rollup.compare().basis() != null ? REBASED_COMPARISON : null,
                figureLines(rollup, figures, labels),
                fields,
                fieldTable(rollup, fields),
                targets(rollup),
                submissions(rollup, labels),
                commendation(rollup, commendation, kind),
                annex,
                signer,
                recipients,
                rollup.asOf() == null ? now : rollup.asOf());
    }

    private static String title(PackKind kind, Rollup rollup) {
        String subject = "phong trào thi đua “Dân vận khéo”";
        String what = kind == PackKind.SO_KET_6_THANG ? "Sơ kết" : "Tổng kết";
        return what + " " + lowerFirst(rollup.period().name()) + " " + subject;
    }

    private static SummaryFigures summary(Rollup.Totals t) {
        return new SummaryFigures(
                (int) t.models(),
                new RegistrantCounts((int) t.collective(), (int) t.individual()),
                new StatusCounts((int) t.statusNew(), (int) t.statusContinued(), (int) t.statusReplicated()),
                new EfficiencyCounts(
                        (int) t.ratingHigh(), (int) t.ratingGood(), (int) t.ratingAverage(), (int) t.ratingPoor()),
                t.households(),
                t.fundsVnd(),
                (int) t.works(),
                (int) t.reviewed());
    }

    /** Every listed figure of the figure list, against the compared period's when there is one. */
    private static List<FigureLine> figureLines(Rollup rollup, FigureList figures, RollupLabels labels) {
        List<FigureLine> lines = new ArrayList<>();
        for (Figure figure : figures.figures()) {
            if (figure.label() != null) {
                lines.add(new FigureLine(
                        figure.name(),
                        labels.figure(figure),
                        rollup.figures().get(figure.name()),
                        rollup.compare() == null
                                ? null
                                : rollup.compare().figures().get(figure.name())));
            }
        }
        return lines;
    }

    private static FieldTable fieldTable(Rollup rollup, List<CampaignField> fields) {
        List<UnitFieldRow> rows = rollup.children().stream()
                .map(child -> row(child.unit().code(), child.unit().name(), child.totals(), fields))
                .toList();
        return new FieldTable(rows, row("", "Tổng cộng", rollup.totals(), fields));
    }

    private static UnitFieldRow row(String code, String name, Rollup.Totals totals, List<CampaignField> fields) {
        Map<String, Long> byField =
                totals.byField().stream().collect(Collectors.toMap(Rollup.FieldCount::code, Rollup.FieldCount::models));
        List<Integer> counts = fields.stream()
                .map(f -> byField.getOrDefault(f.code(), 0L).intValue())
                .toList();
        return new UnitFieldRow(
                code, name, counts, (int) totals.models(), (int) totals.reviewed(), (int) totals.ratingHigh());
    }

    private static List<TargetLine> targets(Rollup rollup) {
        return rollup.targets().stream()
                .map(t -> TargetLine.of(
                        t.name(),
                        "models-per-unit".equals(t.metric()) ? TargetMeasure.COUNT : TargetMeasure.PERCENT,
                        t.actual(),
                        t.comparison(),
                        t.threshold(),
                        t.met()))
                .toList();
    }

    private static Submissions submissions(Rollup rollup, RollupLabels labels) {
        List<SubmissionLine> lines = new ArrayList<>();
        List<LateSubmission> late = new ArrayList<>();
        List<MissingSubmission> missing = new ArrayList<>();
        for (Rollup.FormSubmissions form : rollup.submissions()) {
            String name = labels.form(form.kind());
            lines.add(new SubmissionLine(
                    name, (int) form.expected(), (int) form.onTime(), (int) form.late(), (int) form.missing()));
            form.lateUnits()
                    .forEach(u -> late.add(new LateSubmission(
                            u.name(),
                            name,
                            u.firstReceivedAt() == null
                                    ? null
                                    : LocalDate.ofInstant(u.firstReceivedAt(), Vietnam.ZONE))));
            form.missingUnits().forEach(u -> missing.add(new MissingSubmission(u.name(), name)));
        }
        return new Submissions(lines, late, missing);
    }

    /**
     * The ranked candidates, and per awarding body of the review one quota row for each registrant type ("Chưa có
     * chỉ tiêu" for a type the campaign set no quota for) with the models named under it: the proposals at a
     * six-month review, the approved decisions at a year-end or stage-end one.
     */
    private static Commendation commendation(Rollup rollup, PackCommendation ledger, PackKind kind) {
        Rollup.Commendation c = rollup.commendation();
        List<CommendationCandidate> candidates = new ArrayList<>();
        Function<Rollup.Candidate, CommendationCandidate> collective = candidate(RegistrantType.COLLECTIVE);
        Function<Rollup.Candidate, CommendationCandidate> individual = candidate(RegistrantType.INDIVIDUAL);
        c.collective().forEach(x -> candidates.add(collective.apply(x)));
        c.individual().forEach(x -> candidates.add(individual.apply(x)));
        List<CommendationQuota> quotas = new ArrayList<>();
        Map<String, List<PackCommendation.Quota>> byAward = ledger.quotas().stream()
                .collect(Collectors.groupingBy(
                        PackCommendation.Quota::award, java.util.LinkedHashMap::new, Collectors.toList()));
        byAward.forEach((award, set) -> {
            for (RegistrantType type : RegistrantType.values()) {
                quotas.add(set.stream()
                        .filter(q -> registrantType(q.registrantType()) == type)
                        .findFirst()
                        .map(q -> new CommendationQuota(
                                q.review(), award, type, q.count(), q.allocated(), q.proposed(), q.decided()))
                        .orElseGet(() -> new CommendationQuota(set.get(0).review(), award, type, null, 0, 0, 0)));
            }
        });
        boolean decisions = kind != PackKind.SO_KET_6_THANG;
        List<CommendationEntry> entries = ledger.proposals().stream()
                .filter(p -> !decisions || p.approved())
                .map(p -> new CommendationEntry(
                        p.award(),
                        registrantType(p.registrantType()),
                        p.registrantName(),
                        p.unitName(),
                        p.modelName(),
                        decisions ? p.decisionNumber() : null,
                        decisions ? p.decisionDate() : null))
                .toList();
        return new Commendation(candidates, quotas, entries, decisions);
    }

    private static RegistrantType registrantType(String type) {
        return "collective".equals(type) ? RegistrantType.COLLECTIVE : RegistrantType.INDIVIDUAL;
    }

    private static Function<Rollup.Candidate, CommendationCandidate> candidate(RegistrantType type) {
        return c -> new CommendationCandidate(
                c.rank(),
                c.registrantName(),
                type,
                c.unitName(),
                c.modelName(),
                Efficiency.HIGH,
                c.yearsSustained(),
                c.proposedLevel());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
