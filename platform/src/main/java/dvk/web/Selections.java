package dvk.web;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.CampaignErrorCode;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import dvk.time.Vietnam;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the pickers' query values into a {@link Selection}, filling in sensible defaults. Scope is decided by
 * {@link Campaigns} and {@link UnitAccess} only: anything outside it is "not found".
 */
@Singleton
class Selections {

    private final Campaigns campaigns;
    private final UnitAccess access;
    private final UnitRepository units;

    Selections(Campaigns campaigns, UnitAccess access, UnitRepository units) {
        this.campaigns = campaigns;
        this.access = access;
        this.units = units;
    }

    Selection resolve(
            Caller caller, @Nullable Long campaignId, @Nullable String periodCode, @Nullable String unitCode) {
        List<Campaign> visible = campaigns.visible(caller);
        Campaign campaign = campaignId != null
                ? campaigns.readable(caller, campaignId)
                : visible.stream()
                        .max(Comparator.comparingInt(
                                        (Campaign c) -> c.document().lastYear())
                                .thenComparing(c -> -c.issuerPath().length()))
                        .orElseThrow(() -> new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, "-"));
        Unit own = caller.unitId() != null
                ? access.readable(caller, caller.unitId())
                : access.readable(caller, campaign.issuerUnitId());
        // today's unit looking at a campaign of the structure it succeeded: its one predecessor there, if any
        Unit home = campaign.areaOf(own) != null
                ? own
                : predecessorIn(caller, campaign).orElse(own);
        CampaignDocument.Period period = periodCode == null || periodCode.isBlank()
                ? defaultPeriod(campaign, home)
                : campaign.period(periodCode)
                        .map(Campaign.PeriodRef::period)
                        .orElseThrow(() -> new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, campaign.id()));
        // units are looked up in the structure the user's home belongs to (3-level until 30/6/2025)
        LocalDate day = home.clampDay(period.lastDay());
        String code = unitCode == null || unitCode.isBlank() ? home.code() : unitCode;
        Unit unit = lookUp(caller, code, day, campaign, period);
        boolean rebased = campaign.areaOf(unit) == null;
        LocalDate unitDay = rebased ? day : campaign.unitDay(period);
        List<Selection.Crumb> crumbs = units.ancestors(unit).stream()
                .map(u -> new Selection.Crumb(u.code(), u.name(), caller.reads(u.path())))
                .toList();
        return new Selection(visible, campaign, period, unit, unitDay, crumbs, rebased ? day : null);
    }

    /**
     * The unit of the code on the day, or, when the code has no unit there that the caller reads (a predecessor
     * listed as a child of today's commune), the one of the campaign's own structure.
     */
    private Unit lookUp(Caller caller, String code, LocalDate day, Campaign campaign, CampaignDocument.Period period) {
        try {
            return access.readable(caller, code, day);
        } catch (NotFoundException notOnThatDay) {
            if (day.equals(campaign.unitDay(period))) {
                throw notOnThatDay;
            }
            return access.readable(caller, code, campaign.unitDay(period));
        }
    }

    /** The single old unit the caller inherits within the campaign's tree (today's province: the old province). */
    private Optional<Unit> predecessorIn(Caller caller, Campaign campaign) {
        List<Unit> found = caller.inheritedUnitIdsIn(campaign.provinceId()).stream()
                .map(id -> access.readable(caller, id))
                .filter(unit -> campaign.areaOf(unit) != null)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The latest period already closed on which the user's unit existed; otherwise the first one. */
    private static CampaignDocument.Period defaultPeriod(Campaign campaign, Unit home) {
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        List<CampaignDocument.Period> periods =
                campaign.periods().stream().map(Campaign.PeriodRef::period).toList();
        return periods.stream()
                .filter(p -> !p.lastDay().isAfter(today) && home.validOn(p.lastDay()))
                .max(Comparator.comparing(CampaignDocument.Period::lastDay)
                        .thenComparing(
                                p -> p.lastDay().toEpochDay() - p.firstDay().toEpochDay()))
                .orElse(periods.get(0));
    }
}
