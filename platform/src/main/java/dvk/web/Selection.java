package dvk.web;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.units.Unit;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page shows: a campaign, one of its periods and a unit, with the structure day the unit is looked up
 * on (the period's last day, kept within the life of the user's own unit), and the breadcrumbs above the unit.
 */
public record Selection(
        List<Campaign> campaigns,
        Campaign campaign,
        CampaignDocument.Period period,
        Unit unit,
        LocalDate day,
        List<Crumb> crumbs) {

    /** A breadcrumb: units above the user's own are shown by name only, without a link. */
    public record Crumb(String code, String name, boolean link) {
    }

    /** The dashboard of another unit with the same campaign and period. */
    public String home(String unitCode) {
        return "/" + query(unitCode);
    }

    /** The query string that keeps campaign and period when moving to another unit or page. */
    public String query(String unitCode) {
        return "?phong-trao=" + campaign.id() + "&ky=" + period.code() + "&don-vi=" + unitCode;
    }
}
