package dvk.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which parts of a campaign an edit changes, by the names of the document's members. */
final class CampaignChanges {

    private CampaignChanges() {}

    /** Both documents as {@code Campaigns} completes them (no id, no version). */
    static List<String> between(CampaignDocument before, CampaignDocument after) {
        List<String> changed = new ArrayList<>();
        add(changed, "issuerCode", before.issuerCode(), after.issuerCode());
        add(changed, "name", before.name(), after.name());
        add(
                changed,
                "years",
                List.of(before.firstYear(), before.lastYear()),
                List.of(after.firstYear(), after.lastYear()));
        add(changed, "periodConvention", before.periodConvention(), after.periodConvention());
        add(changed, "document", before.document(), after.document());
        add(changed, "fields", before.fields(), after.fields());
        add(changed, "periods", before.periods(), after.periods());
        add(changed, "targets", comparable(before.targets()), comparable(after.targets()));
        add(changed, "quotas", before.quotas(), after.quotas());
        add(changed, "approvalFromAbove", before.approvalFromAbove(), after.approvalFromAbove());
        return changed;
    }

    /** A threshold of 100 reads back as 1E+2: equal amounts are equal whatever their scale. */
    private static List<CampaignDocument.Target> comparable(List<CampaignDocument.Target> targets) {
        return targets == null
                ? List.of()
                : targets.stream()
                        .map(t -> new CampaignDocument.Target(
                                t.metric(),
                                t.unitType(),
                                t.comparison(),
                                t.threshold() == null ? null : t.threshold().stripTrailingZeros(),
                                t.name()))
                        .toList();
    }

    private static void add(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
