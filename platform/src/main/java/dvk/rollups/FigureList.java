package dvk.rollups;

import dvk.rollups.Figure.Source;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rollup figures, in the order tables list them: the one place a figure is defined. The refresh statements
 * (own.sql, tree.sql), the reads and sums ({@link RollupSql}), the comparison's differences, the export tables
 * and the pack's figure table all come from this list; {@link #version()} tells {@link RollupRebuild} when the
 * stored aggregates were counted by another list or other statements, so they are rebuilt at start.
 * docs/extending.md has the recipe for a new figure.
 */
@Singleton
public class FigureList {

    /** The figures of DVK; a test may extend them (see {@link #FigureList(List)}). */
    public static final List<Figure> STANDARD = List.of(
            Figure.of("models", Source.REGISTRATIONS, "sum(g.models) FILTER (WHERE g.counted)"),
            Figure.of(
                    "collective",
                    Source.REGISTRATIONS,
                    "sum(g.models) FILTER (WHERE g.counted AND g.registrant_type = 'collective')"),
            Figure.of(
                    "individual",
                    Source.REGISTRATIONS,
                    "sum(g.models) FILTER (WHERE g.counted AND g.registrant_type = 'individual')"),
            Figure.of(
                    "status_new", Source.REGISTRATIONS, "sum(g.models) FILTER (WHERE g.counted AND g.status = 'new')"),
            Figure.of(
                    "status_continued",
                    Source.REGISTRATIONS,
                    "sum(g.models) FILTER (WHERE g.counted AND g.status = 'continued')"),
            Figure.of(
                    "status_replicated",
                    Source.REGISTRATIONS,
                    "sum(g.models) FILTER (WHERE g.counted AND g.status = 'replicated')"),
            Figure.of("reviewed", Source.RESULTS, "count(*)"),
            Figure.of("rating_high", Source.RESULTS, "count(*) FILTER (WHERE r.rating = 'high')"),
            Figure.of("rating_good", Source.RESULTS, "count(*) FILTER (WHERE r.rating = 'good')"),
            Figure.of("rating_average", Source.RESULTS, "count(*) FILTER (WHERE r.rating = 'average')"),
            Figure.of("rating_poor", Source.RESULTS, "count(*) FILTER (WHERE r.rating = 'poor')"),
            Figure.of(
                    "high_collective",
                    Source.RESULTS,
                    "count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'collective')"),
            Figure.of(
                    "high_individual",
                    Source.RESULTS,
                    "count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'individual')"),
            // high and sustained >= 2 years, derived from the model's life (V62), not the typed "Số năm duy trì":
            // ranked first for commendation (seed 001)
            Figure.of(
                    "sustained_collective",
                    Source.RESULTS,
                    "count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'collective'"
                            + " AND model_years_sustained(r.province_id, r.model_id, p.last_day) >= 2)"),
            Figure.of(
                    "sustained_individual",
                    Source.RESULTS,
                    "count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'individual'"
                            + " AND model_years_sustained(r.province_id, r.model_id, p.last_day) >= 2)"),
            Figure.of("households", Source.RESULTS, "sum(r.households)"),
            Figure.of("people", Source.RESULTS, "sum(r.people)"),
            Figure.of("funds_vnd", Source.RESULTS, "sum(r.funds_vnd)"),
            Figure.of("works", Source.RESULTS, "sum(r.works)"),
            Figure.ofTree(
                    "communes_with_model",
                    "CASE WHEN in_commune THEN (own_models + child_models > 0)::int"
                            + " ELSE child_communes_with_model END"),
            // communes in force: the coverage denominator and the expected submitters
            Figure.ofTree("communes", "CASE WHEN level = 'commune' THEN expected::int ELSE child_communes END"),
            Figure.of("villages_with_model", Source.INDICATORS, "sum(i.villages_with_model)"),
            Figure.of("villages", Source.INDICATORS, "sum(i.villages)"),
            Figure.ofTree(
                    "agencies_with_high_model",
                    "(level = 'agency' AND own_rating_high > 0)::int + child_agencies_with_high_model"),
            Figure.ofTree("agencies", "(level = 'agency' AND in_force)::int + child_agencies"),
            // the average satisfaction is satisfaction_sum / satisfaction_units, after summing
            Figure.of("satisfaction_sum", Source.INDICATORS, "sum(i.satisfaction_pct)")
                    .numeric()
                    .unlisted(),
            Figure.of("satisfaction_units", Source.INDICATORS, "count(i.satisfaction_pct)")
                    .unlisted(),
            Figure.of("party_members_1plus10", Source.INDICATORS, "sum(i.party_members_1plus10)"),
            Figure.of("households_1plus10", Source.INDICATORS, "sum(i.households_1plus10)"));

    /** The statements whose text decides what the aggregates hold, besides the figures. */
    private static final List<String> COUNTING = List.of(
            "nodes.sql",
            "nodes-all.sql",
            "own-models.sql",
            "own-forms.sql",
            "own.sql",
            "own-fields.sql",
            "tree.sql",
            "tree-fields.sql",
            "tree-forms.sql",
            "candidates.sql");

    private final List<Figure> figures;
    private final String version;

    public FigureList() {
        this(STANDARD);
    }

    /** Another list: a test's, to show a figure added here is counted, read, compared, exported and printed. */
    protected FigureList(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        if (this.figures.stream().map(Figure::key).distinct().count() != this.figures.size()) {
            throw new IllegalArgumentException("Two figures with one key: " + figures);
        }
        this.version = digest(this.figures.toString()
                + COUNTING.stream().map(FigureList::text).collect(Collectors.joining()));
    }

    public List<Figure> figures() {
        return figures;
    }

    /** A hash of the figures and of the counting statements: the rollup schema version. */
    public String version() {
        return version;
    }

    /** The figures of one source. */
    List<Figure> of(Source source) {
        return figures.stream().filter(f -> f.source() == source).toList();
    }

    /** Each figure through {@code format} ({@code %1$s} the key), joined with commas. */
    String each(List<Figure> some, Function<Figure, String> format) {
        return some.stream().map(format).collect(Collectors.joining(", "));
    }

    /** Each figure's key through {@code format}, joined with commas. */
    String each(String format) {
        return each(figures, f -> format.formatted(f.key()));
    }

    static String text(String resource) {
        try (InputStream in = FigureList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
