package dvk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's submissions go to the demo's own campaigns, not to another campaign of the same issuer. */
class DemoCampaignChoiceTest {

    @Test
    void picksTheDemoCampaignAmongCampaignsOfTheSameIssuer() {
        CampaignDocument demo = DemoCampaigns.province();
        CampaignDocument other = new CampaignDocument(
                null,
                null,
                demo.issuerCode(),
                "Kế hoạch khác của tỉnh",
                demo.firstYear(),
                demo.lastYear(),
                demo.periodConvention(),
                demo.document(),
                demo.fields(),
                demo.periods(),
                demo.targets(),
                demo.quotas(),
                null);
        List<Campaign> visible = List.of(
                campaign(8, other),
                campaign(12, demo),
                campaign(1, other),
                campaign(3, DemoCampaigns.district()),
                campaign(5, demo));

        assertEquals(5, DemoLoader.demoCampaign(visible, demo).id());
        assertEquals(
                3, DemoLoader.demoCampaign(visible, DemoCampaigns.district()).id());
    }

    private static Campaign campaign(long id, CampaignDocument document) {
        return new Campaign(
                id,
                10,
                10,
                "10",
                java.time.LocalDate.of(2000, 1, 1),
                null,
                1,
                document,
                List.of(),
                List.of(),
                List.of());
    }
}
