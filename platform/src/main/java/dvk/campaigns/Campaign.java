package dvk.campaigns;

import dvk.units.Unit;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign as stored, with the ids that submissions refer to; {@code continues} lists the campaigns of the
 * units it succeeded, whose periods it reads re-based when it lacks them.
 */
public record Campaign(
        long id,
        long provinceId,
        long issuerUnitId,
        String issuerPath,
        LocalDate issuerValidFrom,
        @Nullable LocalDate issuerValidTo,
        int version,
        CampaignDocument document,
        List<FieldRef> fields,
        List<PeriodRef> periods,
        List<Long> continues) {

    /** A field with its database id, in display order. */
    public record FieldRef(long id, CampaignDocument.Field field) {}

    /** A period with its database id. */
    public record PeriodRef(long id, CampaignDocument.Period period) {}

    public Optional<PeriodRef> period(String code) {
        return periods.stream().filter(p -> p.period().code().equals(code)).findFirst();
    }

    /**
     * The day whose units a period of this campaign is read on: the period's cut-off day, kept within the
     * issuer's validity, so a campaign of the 3-level structure reads its 2025 periods on 30/6/2025, the last
     * day its units were in force, and a period never falls outside the structure the campaign was issued in.
     */
    public LocalDate unitDay(CampaignDocument.Period period) {
        return structureDay(period.lastDay());
    }

    /** The day whose units the campaign's own structure has: {@code day}, kept within the issuer's validity. */
    public LocalDate structureDay(LocalDate day) {
        return Unit.clamp(day, issuerValidFrom, issuerValidTo);
    }

    /**
     * The unit's subtree within the campaign's: the deeper of the unit's and the issuer's paths; null when the
     * unit lies outside the campaign's tree (another province, another structure, a sibling of the issuer).
     */
    @Nullable
    public String areaOf(Unit unit) {
        if (unit.provinceId() != provinceId) {
            return null;
        }
        if (unit.contains(issuerPath)) {
            return issuerPath;
        }
        return issuerPath.equals(unit.path()) || unit.path().startsWith(issuerPath + ".") ? unit.path() : null;
    }

    public String name() {
        return document.name();
    }
}
