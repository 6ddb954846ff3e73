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
 * {@code rollup_tree} and {@code rollup_tree_field} hold one row per (province, campaign, period, unit) with the
 * figures of that unit's whole subtree, for every unit in force during the period and every unit holding data;
 * {@code rollup_candidate} the ranked high-rated results. {@link dvk.rollups.RollupRefresh} rebuilds, inside the
 * batch's transaction, the rows of the units the batch touched and of their ancestors, bottom-up; a rollup reads
 * its unit's row and its children's rows. docs/rollups.md has the details.
 */
package dvk.rollups;
