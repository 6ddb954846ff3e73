package dvk.rollups;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What a rollup covers: the unit (or the national root), the campaign period, and the slices of aggregate
 * rows to read. A unit has one slice (its subtree within the campaign's area); the national root has one per
 * province campaign of the same plan.
 *
 * @param path the unit's path, null for the national root
 * @param depth labels above the children: a row's child is the label at this index of its path
 * @param parentId the unit's id, -1 for the national root (whose children are provinces)
 * @param fields field id to field, over every campaign of the slices
 */
record RollupScope(Rollup.UnitRef unit, @Nullable String path, int depth, long parentId, Campaign campaign,
                   CampaignDocument.Period period, List<Slice> slices, Map<Long, CampaignDocument.Field> fields) {

    /** One campaign period's rows within an area (an ltree path) of one province. */
    record Slice(long campaignId, long periodId, long provinceId, String area) {
    }

    Map<String, Object> parameters() {
        long[] campaigns = new long[slices.size()];
        long[] periods = new long[slices.size()];
        long[] provinces = new long[slices.size()];
        String[] areas = new String[slices.size()];
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            campaigns[i] = slice.campaignId();
            periods[i] = slice.periodId();
            provinces[i] = slice.provinceId();
            areas[i] = slice.area();
        }
        return Map.of("campaigns", campaigns, "periods", periods, "provinces", provinces, "areas", areas,
                "depth", depth, "parent", parentId);
    }

    Rollup.PeriodRef periodRef() {
        return new Rollup.PeriodRef(period.code(), period.name(), period.firstDay(), period.lastDay());
    }
}
