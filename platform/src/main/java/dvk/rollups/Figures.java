package dvk.rollups;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summed subtree figures of one group (a child or the whole subtree), as read from {@link FigureSql#figures}:
 * every figure of the {@link FigureList} by key.
 *
 * @param values each figure by key, in the list's order
 */
record Figures(Map<String, BigDecimal> values, @Nullable Instant newestAt) {

    /** Zeros: a group without rows. */
    static Figures empty(List<Figure> list) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        list.forEach(f -> values.put(f.key(), BigDecimal.ZERO));
        return new Figures(values, null);
    }

    static Figures read(ResultSet rs, List<Figure> list) throws SQLException {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Figure f : list) {
            BigDecimal value = rs.getBigDecimal(f.key());
            values.put(f.key(), value == null ? BigDecimal.ZERO : value);
        }
        java.sql.Timestamp newest = rs.getTimestamp("newest_at");
        return new Figures(values, newest == null ? null : newest.toInstant());
    }

    BigDecimal value(String key) {
        return values.getOrDefault(key, BigDecimal.ZERO);
    }

    /** A count figure's value. */
    long count(String key) {
        return value(key).longValue();
    }

    /** Each figure as this − that (every figure is additive, so the difference is plain). */
    Figures minus(Figures that) {
        Map<String, BigDecimal> difference = new LinkedHashMap<>();
        values.forEach((key, value) -> difference.put(key, value.subtract(that.value(key))));
        return new Figures(difference, newestAt);
    }

    /** Each figure by its API name ({@link Figure#name()}), in the list's order. */
    static Map<String, BigDecimal> byName(List<Figure> list, Figures figures) {
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        for (Figure f : list) {
            BigDecimal value = figures.value(f.key());
            // a whole sum of decimals reads as 3, not 3.00
            named.put(
                    f.name(),
                    value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
        }
        return named;
    }

    Rollup.Totals totals(List<Rollup.FieldCount> byField) {
        return new Rollup.Totals(
                count("models"),
                byField,
                count("collective"),
                count("individual"),
                count("status_new"),
                count("status_continued"),
                count("status_replicated"),
                count("reviewed"),
                count("rating_high"),
                count("rating_good"),
                count("rating_average"),
                count("rating_poor"),
                count("households"),
                count("people"),
                count("funds_vnd"),
                count("works"));
    }

    Rollup.Coverage coverage(@Nullable Rollup.Share childUnits) {
        return new Rollup.Coverage(
                childUnits,
                share(count("communes_with_model"), count("communes")),
                share(count("villages_with_model"), count("villages")),
                share(count("agencies_with_high_model"), count("agencies")),
                averageSatisfaction(),
                count("party_members_1plus10"),
                count("households_1plus10"));
    }

    BigDecimal averageSatisfaction() {
        long units = count("satisfaction_units");
        return units == 0 ? null : value("satisfaction_sum").divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    static Rollup.Share share(long count, long of) {
        return new Rollup.Share(count, of, percent(count, of));
    }

    static BigDecimal percent(long count, long of) {
        return of == 0
                ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }
}
