package dvk.rollups;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/**
 * One additive rollup figure: a column of {@code rollup_tree} (and of the scratch table {@code rollup_own}) that
 * a subtree row holds as its own value plus its children's, and that any group of rows sums to. Ratios (shares,
 * the average satisfaction) are never figures: they are derived from two figures after summing, so every
 * figure sums, and differs between two periods, by plain arithmetic.
 *
 * @param key the column name (snake_case); the API names it {@link #name()}
 * @param source the base rows the own value is aggregated from ({@link Source#TREE}: none, the value comes from
 *        the unit tree itself)
 * @param own the SQL aggregate over the source's rows (aliases in {@link Source}); null for {@link Source#TREE}
 * @param tree the SQL value of a subtree row, over {@code own_<key>} and {@code child_<key>} of every figure and
 *        the node's columns ({@code level}, {@code in_commune}, {@code in_force}, {@code expected}); null for the
 *        plain sum {@code own_<key> + child_<key>}
 * @param sqlType the column type: {@code bigint} or {@code numeric}
 * @param label the message key of its label in {@code i18n/messages_*.properties}; null for a part of a ratio
 *        that tables do not list
 */
public record Figure(
        String key,
        Source source,
        @Nullable String own,
        @Nullable String tree,
        String sqlType,
        @Nullable String label) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    /** The base rows of own.sql an own value is aggregated from, with the aliases its expression may use. */
    public enum Source {
        /** {@code rollup_own_models g}: g.models (a count), g.counted, g.registrant_type, g.status. */
        REGISTRATIONS,
        /** {@code model_result r} joined to its counted {@code model m}. */
        RESULTS,
        /** {@code unit_indicator i}. */
        INDICATORS,
        /** No base rows: the value comes from the unit tree ({@link Figure#tree}). */
        TREE
    }

    public Figure {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A figure key is a snake_case column name: " + key);
        }
        if ((own == null) != (source == Source.TREE)) {
            throw new IllegalArgumentException("Figure " + key + ": an own aggregate exactly when it has a source");
        }
        if (source == Source.TREE && tree == null) {
            throw new IllegalArgumentException("Figure " + key + ": a tree figure needs its tree expression");
        }
        if (!sqlType.equals("bigint") && !sqlType.equals("numeric")) {
            throw new IllegalArgumentException("Figure " + key + ": bigint or numeric, not " + sqlType);
        }
    }

    /** A count or sum of base rows, stored as bigint, listed in tables under {@code rollup.figure.<key>}. */
    public static Figure of(String key, Source source, String own) {
        return new Figure(key, source, own, null, "bigint", "rollup.figure." + key);
    }

    /** A figure of the unit tree itself (no base rows), stored as bigint, listed under {@code rollup.figure.<key>}. */
    public static Figure ofTree(String key, String tree) {
        return new Figure(key, Source.TREE, null, tree, "bigint", "rollup.figure." + key);
    }

    /** The camelCase name the API and the pack use. */
    public String name() {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The SQL value of a subtree row (see {@link #tree}). */
    String treeValue() {
        return tree != null ? tree : "own_%1$s + child_%1$s".formatted(key);
    }

    /** The same figure without a label: summed and compared, not listed in tables. */
    public Figure unlisted() {
        return new Figure(key, source, own, tree, sqlType, null);
    }

    /** The same figure stored as numeric (for sums of decimals). */
    public Figure numeric() {
        return new Figure(key, source, own, tree, "numeric", label);
    }
}
