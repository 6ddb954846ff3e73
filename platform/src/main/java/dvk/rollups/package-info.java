/**
 * Rollups: the figures of any unit's subtree for a campaign period, exact and current at every commit.
 *
 * <h2>Counting rules</h2>
 * <ul>
 * <li>A model counts for period P when it is not withdrawn and its registration period starts on or before P's
 * cut-off (last day): registrations accumulate over a multi-year stage.</li>
 * <li>Results and unit indicators count for exactly their own period; results only for models that count.</li>
 * <li>Expected submitters of a form in P are the communes of the subtree, within the campaign's area, in force at
 * some day of P; a form is due when P has a due date for it. A commune has submitted when it or a unit below it
 * (village, agency) did. On time = first receipt before the end of the due day in Asia/Ho_Chi_Minh; late = after;
 * missing = none.</li>
 * <li>Commendation candidates are high-efficiency results of counting models, ranked sustained ≥ 2 years first,
 * then years sustained, households reached, funds, model id.</li>
 * <li>The national root {@code VN} (administrators only) covers every campaign with the named campaign's name,
 * at the period with the same code: a national plan is issued as one campaign per province.</li>
 * </ul>
 *
 * <h2>Aggregates</h2>
 * {@code rollup_unit} and {@code rollup_unit_field} hold one row per (campaign, unit, period) with the figures of
 * that unit's own base rows. {@link dvk.rollups.RollupRefresh} recomputes, inside the batch's transaction, the
 * rows of the units the batch touched (set-based SQL in {@code refresh.sql}); a rollup sums the rows of one
 * province and period under the unit's ltree path and groups them by child.
 */
package dvk.rollups;
