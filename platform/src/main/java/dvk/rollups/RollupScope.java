package dvk.rollups;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rollup covers: the unit (or the national root), the campaign period, and the slices of aggregate
 * rows to read. A unit has one slice (its subtree within the campaign's area); the national root has one per
 * province campaign of the same plan; a unit re-based onto another structure has one total slice per
 * predecessor area placed into its subtree, and one child slice per area placed under each of its children.
 *
 * @param path the unit's path, null for the national root
 * @param depth labels above the children: a row's child is the label at this index of its path
 * @param parentId the unit's id, -1 for the national root (whose children are provinces)
 * @param fields field id to field, over every campaign of the slices
 * @param basis how the figures were re-based onto another structure, null when they were not
 */
record RollupScope(
        Rollup.UnitRef unit,
        @Nullable String path,
        int depth,
        long parentId,
        Campaign campaign,
        CampaignDocument.Period period,
        List<Slice> slices,
        Map<Long, CampaignDocument.Field> fields,
        @Nullable Rebased basis) {

    /**
     * One campaign period's rows within an area (an ltree path) of one province. A total slice counts in the
     * total (and, unless re-based, in the children its area lies in); a child slice only in child {@code childId}.
     */
    record Slice(
            long campaignId,
            long periodId,
            long provinceId,
            String area,
            @Nullable Long childId,
            boolean total) {

        Slice(long campaignId, long periodId, long provinceId, String area) {
            this(campaignId, periodId, provinceId, area, null, true);
        }
    }

    /**
     * The children of a re-based rollup (units of the basis structure, or the predecessors themselves for a
     * unit without children there) in display order, and the models counted through the default rule for
     * split units.
     */
    record Rebased(LocalDate day, Map<Long, Rollup.UnitRef> children, long placedByDefault) {}

    boolean rebased() {
        return basis != null;
    }

    /** The areas a child's figures come from, as an ltree[] literal; null for a child the rollup lacks. */
    @Nullable
    String childAreas(String childCode) {
        if (basis == null) {
            return null;
        }
        Long childId = basis.children().entrySet().stream()
                .filter(e -> e.getValue().code().equals(childCode))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (childId == null) {
            return null;
        }
        List<String> areas = slices.stream()
                .filter(s -> !s.total() && childId.equals(s.childId()))
                .map(Slice::area)
                .toList();
        return "{" + String.join(",", areas) + "}";
    }

    Map<String, Object> parameters() {
        long[] campaigns = new long[slices.size()];
        long[] periods = new long[slices.size()];
        long[] provinces = new long[slices.size()];
        String[] areas = new String[slices.size()];
        long[] childIds = new long[slices.size()];
        boolean[] totals = new boolean[slices.size()];
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            campaigns[i] = slice.campaignId();
            periods[i] = slice.periodId();
            provinces[i] = slice.provinceId();
            areas[i] = slice.area();
            childIds[i] = slice.childId() == null ? 0 : slice.childId();
            totals[i] = slice.total();
        }
        Map<String, Object> values = new HashMap<>();
        values.put("campaigns", campaigns);
        values.put("periods", periods);
        values.put("provinces", provinces);
        values.put("areas", areas);
        values.put("childIds", childIds);
        values.put("totals", totals);
        values.put("rebased", rebased());
        values.put("depth", depth);
        values.put("parent", parentId);
        return values;
    }

    Rollup.PeriodRef periodRef() {
        return new Rollup.PeriodRef(period.code(), period.name(), period.firstDay(), period.lastDay());
    }
}
