package dvk.units;

/**
 * Published synchronously inside the transaction that added or changed units of a province (agencies and
 * villages below the official lists): listeners that count units (the rollup aggregates) recount in the same
 * commit.
 */
public record UnitsChanged(long provinceId) {}
