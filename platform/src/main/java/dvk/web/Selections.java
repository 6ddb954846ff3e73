package dvk.web;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.CampaignErrorCode;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

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

    Selection resolve(Caller caller, @Nullable Long campaignId, @Nullable String periodCode,
                      @Nullable String unitCode) {
        List<Campaign> visible = campaigns.visible(caller);
        Campaign campaign = campaignId != null ? campaigns.readable(caller, campaignId) : visible.stream()
                .max(Comparator.comparingInt((Campaign c) -> c.document().lastYear())
                        .thenComparing(c -> -c.issuerPath().length()))
                .orElseThrow(() -> new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, "-"));
        Unit home = caller.unitId() != null ? access.readable(caller, caller.unitId())
                : access.readable(caller, campaign.issuerUnitId());
        CampaignDocument.Period period = periodCode == null || periodCode.isBlank() ? defaultPeriod(campaign, home)
                : campaign.period(periodCode).map(Campaign.PeriodRef::period)
                .orElseThrow(() -> new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, campaign.id()));
        LocalDate day = clamp(period.lastDay(), home);
        Unit unit = access.readable(caller, unitCode == null || unitCode.isBlank() ? home.code() : unitCode, day);
        List<Selection.Crumb> crumbs = units.lineage(unit).stream()
                .map(u -> new Selection.Crumb(u.code(), u.name(), caller.reads(u.path()))).toList();
        return new Selection(visible, campaign, period, unit, day, crumbs);
    }

    /** The latest period already closed on which the user's unit existed; otherwise the first one. */
    private static CampaignDocument.Period defaultPeriod(Campaign campaign, Unit home) {
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        List<CampaignDocument.Period> periods = campaign.periods().stream().map(Campaign.PeriodRef::period).toList();
        return periods.stream()
                .filter(p -> !p.lastDay().isAfter(today) && home.validOn(p.lastDay()))
                .max(Comparator.comparing(CampaignDocument.Period::lastDay)
                        .thenComparing(p -> p.lastDay().toEpochDay() - p.firstDay().toEpochDay()))
                .orElse(periods.get(0));
    }

    /** Units are looked up in the structure the user's own unit belongs to (3-level until 30/6/2025). */
    private static LocalDate clamp(LocalDate day, Unit home) {
        if (day.isBefore(home.validFrom())) {
            return home.validFrom();
        }
        return home.validTo() != null && day.isAfter(home.validTo()) ? home.validTo() : day;
    }
}
