package dvk.rollups;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The summed subtree columns of one group (a child or the whole subtree), as read from {@code FIGURES}.
 *
 * @param communes communes in force during the period: the coverage denominator and the expected submitters
 * @param forms each form's submission counts, in the order registrations, results, indicators
 */
record Figures(long models, long collective, long individual, long statusNew, long statusContinued,
               long statusReplicated, long reviewed, long ratingHigh, long ratingGood, long ratingAverage,
               long ratingPoor, long households, long people, long fundsVnd, long works, long villages,
               long villagesWithModel, BigDecimal satisfactionSum, long satisfactionUnits, long partyMembers1plus10,
               long households1plus10, long highCollective, long highIndividual, long sustainedCollective,
               long sustainedIndividual, long communes, long agencies, long communesWithModel,
               long agenciesWithHighModel, List<FormCount> forms, Instant newestAt) {

    static final List<String> FORMS = List.of("registrations", "results", "indicators");

    static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, FORMS.stream().map(kind -> new FormCount(kind, null, 0, 0, 0)).toList(),
            null);

    /**
     * One form of the period: the communes expected (those in force, where the form is due), how many of them
     * sent it on time and late (the rest are missing), and the due day (of the total only).
     */
    record FormCount(String kind, @Nullable LocalDate due, long expected, long onTime, long late) {

        long missing() {
            return expected - onTime - late;
        }
    }

    static Figures read(ResultSet rs) throws SQLException {
        BigDecimal satisfaction = rs.getBigDecimal("satisfaction_sum");
        java.sql.Timestamp newest = rs.getTimestamp("newest_at");
        return new Figures(rs.getLong("models"), rs.getLong("collective"), rs.getLong("individual"),
                rs.getLong("status_new"), rs.getLong("status_continued"), rs.getLong("status_replicated"),
                rs.getLong("reviewed"), rs.getLong("rating_high"), rs.getLong("rating_good"),
                rs.getLong("rating_average"), rs.getLong("rating_poor"), rs.getLong("households"),
                rs.getLong("people"), rs.getLong("funds_vnd"), rs.getLong("works"), rs.getLong("villages"),
                rs.getLong("villages_with_model"), satisfaction == null ? BigDecimal.ZERO : satisfaction,
                rs.getLong("satisfaction_units"), rs.getLong("party_members_1plus10"),
                rs.getLong("households_1plus10"), rs.getLong("high_collective"), rs.getLong("high_individual"),
                rs.getLong("sustained_collective"), rs.getLong("sustained_individual"), rs.getLong("communes"),
                rs.getLong("agencies"), rs.getLong("communes_with_model"), rs.getLong("agencies_with_high_model"),
                List.of(form(rs, "registrations", "due_registration"), form(rs, "results", "due_results"),
                        form(rs, "indicators", "due_indicators")),
                newest == null ? null : newest.toInstant());
    }

    private static FormCount form(ResultSet rs, String kind, String due) throws SQLException {
        return new FormCount(kind, rs.getObject(due, LocalDate.class), rs.getLong(kind + "_expected"),
                rs.getLong(kind + "_on_time"), rs.getLong(kind + "_late"));
    }

    Rollup.Totals totals(List<Rollup.FieldCount> byField) {
        return new Rollup.Totals(models, byField, collective, individual, statusNew, statusContinued,
                statusReplicated, reviewed, ratingHigh, ratingGood, ratingAverage, ratingPoor, households, people,
                fundsVnd, works);
    }

    Rollup.Coverage coverage(@Nullable Rollup.Share childUnits) {
        return new Rollup.Coverage(childUnits, share(communesWithModel, communes),
                share(villagesWithModel, villages), share(agenciesWithHighModel, agencies), averageSatisfaction(),
                partyMembers1plus10, households1plus10);
    }

    BigDecimal averageSatisfaction() {
        return satisfactionUnits == 0 ? null
                : satisfactionSum.divide(BigDecimal.valueOf(satisfactionUnits), 2, RoundingMode.HALF_UP);
    }

    static Rollup.Share share(long count, long of) {
        return new Rollup.Share(count, of, percent(count, of));
    }

    static BigDecimal percent(long count, long of) {
        return of == 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }
}
