package dvk.rollups;

import dvk.rollups.Figure.Source;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements whose figure lists come from {@link FigureList}: own.sql and tree.sql (templates with
 * {@code {{…}}} lists), the read of {@link RollupSql#figures}, and the columns {@code rollup_tree} needs.
 */
@Singleton
class FigureSql {

    /** The form kind ({@code report_state.kind}) whose reports carry each source's rows. */
    private static final Map<Source, String> KINDS =
            Map.of(Source.REGISTRATIONS, "registrations", Source.RESULTS, "results", Source.INDICATORS, "indicators");

    private static final Pattern OWN = Pattern.compile("\\bown_([a-z0-9_]+)");

    /** The alias of each source's rows in own.sql. */
    private static final Map<Source, String> ALIASES =
            Map.of(Source.REGISTRATIONS, "g", Source.RESULTS, "r", Source.INDICATORS, "i");

    private final FigureList list;
    private final NamedSql own;
    private final NamedSql tree;
    private final NamedSql figures;
    private final NamedSql approvedFigures;

    FigureSql(FigureList list) {
        this.list = list;
        for (Source source : ALIASES.keySet()) {
            if (list.of(source).isEmpty()) {
                throw new IllegalArgumentException("The figure list needs a figure of " + source);
            }
        }
        List<Figure> sourced =
                list.figures().stream().filter(f -> f.source() != Source.TREE).toList();
        this.own = NamedSql.of(FigureList.text("own.sql")
                .replace("{{registrations}}", aggregates(Source.REGISTRATIONS))
                .replace(
                        "{{registrations.sum}}",
                        list.each(list.of(Source.REGISTRATIONS), f -> "sum(g.%1$s) AS %1$s".formatted(f.key())))
                .replace("{{results}}", aggregates(Source.RESULTS))
                .replace("{{indicators}}", aggregates(Source.INDICATORS))
                .replace(
                        "{{own}}",
                        list.each(
                                sourced,
                                f -> "coalesce(%s.%s, 0) AS %2$s".formatted(ALIASES.get(f.source()), f.key()))));
        this.tree = NamedSql.of(FigureList.text("tree.sql")
                .replace("{{children}}", list.each("sum(t.%1$s) AS %1$s"))
                .replace(
                        "{{summed}}",
                        list.each(sourced, f -> "coalesce(o.%1$s, 0) AS own_%1$s".formatted(f.key())) + ", "
                                + list.each("coalesce(c.%1$s, 0) AS child_%1$s"))
                .replace("{{columns}}", list.each("%s"))
                .replace("{{values}}", list.each(list.figures(), Figure::treeValue)));
        this.figures = RollupSql.figures(list.each("sum(%1$s) AS %1$s"));
        this.approvedFigures = RollupSql.approvedFigures(
                list.each(
                        list.figures(),
                        f -> gate(f) == null ? "t." + f.key() : "coalesce(g.%1$s, 0) AS %1$s".formatted(f.key())),
                list.each(
                        list.figures().stream().filter(f -> gate(f) != null).toList(),
                        f -> "sum(x.%1$s) FILTER (WHERE c.kind = '%2$s') AS %1$s"
                                .formatted(f.key(), KINDS.get(gate(f)))),
                list.each("sum(%1$s) AS %1$s"));
    }

    /**
     * The source whose form's approval a figure waits for under "approved only": its own; for a figure of the
     * unit tree, the source of the first figure its expression reads ({@code own_models}: communes with a model
     * wait for the registrations), none for one that reads none (the communes and agencies in force count
     * whatever is approved).
     */
    @Nullable
    private Source gate(Figure figure) {
        if (figure.source() != Source.TREE) {
            return figure.source();
        }
        Matcher own = OWN.matcher(figure.tree());
        while (own.find()) {
            String key = own.group(1);
            for (Figure read : list.figures()) {
                if (read.key().equals(key) && read.source() != Source.TREE) {
                    return read.source();
                }
            }
        }
        return null;
    }

    private String aggregates(Source source) {
        return list.each(list.of(source), f -> f.own() + " AS " + f.key());
    }

    List<Figure> list() {
        return list.figures();
    }

    /** {@link #figures} counting "approved only" (parameters {@code own} and {@code kinds} besides the scope's). */
    NamedSql approvedFigures() {
        return approvedFigures;
    }

    /** The nodes' own figures into the scratch table rollup_own. */
    NamedSql own() {
        return own;
    }

    /** The subtree rows of one depth into rollup_tree. */
    NamedSql tree() {
        return tree;
    }

    /** The total and child groups of a rollup, summed. */
    NamedSql figures() {
        return figures;
    }

    /**
     * Adds the columns of figures {@code rollup_tree} lacks: its figure columns follow the figure list as its
     * rows do (the table is derived data, rebuilt whenever the list changes), so a new figure needs no migration.
     */
    String addColumns() {
        return "ALTER TABLE rollup_tree "
                + list.figures().stream()
                        .map(f -> "ADD COLUMN IF NOT EXISTS %s %s NOT NULL DEFAULT 0".formatted(f.key(), f.sqlType()))
                        .collect(Collectors.joining(", "));
    }
}
