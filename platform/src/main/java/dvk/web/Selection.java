package dvk.web;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.units.Unit;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a page shows: a campaign, one of its periods and a unit, with the structure day the unit is looked up
 * on (the period's last day, kept within the life of the user's own unit), and the breadcrumbs above the unit.
 * {@code basis} is that day when the unit belongs to another structure than the campaign's (today's unit
 * looking at a 3-level campaign): the figures are then re-based onto it through the lineage.
 */
public record Selection(
        List<Campaign> campaigns,
        Campaign campaign,
        CampaignDocument.Period period,
        Unit unit,
        LocalDate day,
        List<Crumb> crumbs,
        @Nullable LocalDate basis) {

    /** A breadcrumb: units above the user's own are shown by name only, without a link. */
    public record Crumb(String code, String name, boolean link) {}

    /** The dashboard of another unit with the same campaign and period. */
    public String home(String unitCode) {
        return "/" + query(unitCode);
    }

    /** The query string that keeps campaign and period when moving to another unit or page. */
    public String query(String unitCode) {
        return "?phong-trao=" + campaign.id() + "&ky=" + period.code() + "&don-vi=" + unitCode;
    }
}
