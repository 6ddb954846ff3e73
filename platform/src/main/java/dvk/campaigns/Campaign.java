package dvk.campaigns;

import java.util.List;
import java.util.Optional;

/** A campaign as stored, with the ids that submissions refer to. */
public record Campaign(
        long id,
        long provinceId,
        long issuerUnitId,
        String issuerPath,
        int version,
        CampaignDocument document,
        List<FieldRef> fields,
        List<PeriodRef> periods) {

    /** A field with its database id, in display order. */
    public record FieldRef(long id, CampaignDocument.Field field) {
    }

    /** A period with its database id. */
    public record PeriodRef(long id, CampaignDocument.Period period) {
    }

    public Optional<PeriodRef> period(String code) {
        return periods.stream().filter(p -> p.period().code().equals(code)).findFirst();
    }

    public String name() {
        return document.name();
    }
}
