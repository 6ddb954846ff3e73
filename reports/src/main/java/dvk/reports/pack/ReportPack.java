package dvk.reports.pack;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one meeting pack prints, for one unit, campaign and period; {@code comparison} is null when there is
 * no earlier period; {@code comparisonNote}, when not null, is printed with the first figures to say how the
 * earlier figures were counted (re-based onto today's units); {@code figures} lists every rollup figure with
 * its label, as the figure table prints them; {@code freeze}, when not null, is the snapshot the figures were
 * read from and what changed after it.
 */
public record ReportPack(
        PackKind kind,
        DocumentHeader header,
        SummaryFigures current,
        SummaryFigures comparison,
        String comparisonNote,
        List<FigureLine> figures,
        List<CampaignField> fields,
        FieldTable fieldTable,
        List<TargetLine> targets,
        Submissions submissions,
        Commendation commendation,
        List<AnnexUnit> annex,
        Signer signer,
        List<String> recipients,
        Instant asOf,
        Freeze freeze) {

    /** A pack of the current figures. */
    public ReportPack(
            PackKind kind,
            DocumentHeader header,
            SummaryFigures current,
            SummaryFigures comparison,
            String comparisonNote,
            List<FigureLine> figures,
            List<CampaignField> fields,
            FieldTable fieldTable,
            List<TargetLine> targets,
            Submissions submissions,
            Commendation commendation,
            List<AnnexUnit> annex,
            Signer signer,
            List<String> recipients,
            Instant asOf) {
        this(
                kind,
                header,
                current,
                comparison,
                comparisonNote,
                figures,
                fields,
                fieldTable,
                targets,
                submissions,
                commendation,
                annex,
                signer,
                recipients,
                asOf,
                null);
    }

    /** The same pack made from a freeze. */
    public ReportPack frozen(Freeze frozenAs) {
        return new ReportPack(
                kind,
                header,
                current,
                comparison,
                comparisonNote,
                figures,
                fields,
                fieldTable,
                targets,
                submissions,
                commendation,
                annex,
                signer,
                recipients,
                asOf,
                frozenAs);
    }

    public ReportPack {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(fieldTable, "fieldTable");
        Objects.requireNonNull(submissions, "submissions");
        Objects.requireNonNull(commendation, "commendation");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(asOf, "asOf");
        figures = List.copyOf(figures);
        fields = List.copyOf(fields);
        targets = List.copyOf(targets);
        annex = List.copyOf(annex);
        recipients = List.copyOf(recipients);
    }
}
