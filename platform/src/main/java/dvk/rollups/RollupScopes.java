package dvk.rollups;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns (caller, unit code, campaign, period) into a {@link RollupScope}, deciding visibility only through
 * {@link Campaigns#readable} and {@link UnitAccess#readable}.
 *
 * <p>The national root is addressed as {@value #NATION} and only administrators read it. Campaigns belong to
 * one province, so a national plan is issued as one campaign per province under the same name: the national
 * rollup of campaign X covers every campaign named like X, each at the period with the same code.
 */
@Singleton
class RollupScopes {

    static final String NATION = "VN";

    private static final String SAME_PLAN = """
            SELECT c.id, c.province_id, u.path::text, p.id
              FROM campaign c
              JOIN campaign named ON named.id = ? AND named.name = c.name
              JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id
              JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id AND p.code = ?
             ORDER BY c.province_id, c.id
            """;
    private static final String FIELDS = "SELECT id, code, name FROM campaign_field WHERE campaign_id = ANY(?)";

    private final Campaigns campaigns;
    private final UnitAccess unitAccess;
    private final UnitRepository units;
    private final JdbcOperations jdbc;

    RollupScopes(Campaigns campaigns, UnitAccess unitAccess, UnitRepository units, JdbcOperations jdbc) {
        this.campaigns = campaigns;
        this.unitAccess = unitAccess;
        this.units = units;
        this.jdbc = jdbc;
    }

    RollupScope resolve(Caller caller, String unitCode, long campaignId, String periodCode) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = campaign.period(periodCode)
                .orElseThrow(() -> new InvalidException(RollupErrorCode.PERIOD_NOT_FOUND, periodCode));
        if (NATION.equals(unitCode)) {
            if (!caller.isAdmin()) {
                throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, unitCode);
            }
            return nation(campaign, period);
        }
        Unit unit = unitAccess.readable(caller, unitCode, dayOf(campaign, period.period()));
        String area = area(unit, campaign);
        Rollup.UnitRef ref = new Rollup.UnitRef(unit.code(), unit.name(), unit.level().sqlName(), unit.type());
        List<RollupScope.Slice> slices = List.of(
                new RollupScope.Slice(campaign.id(), period.id(), campaign.provinceId(), area));
        return new RollupScope(ref, unit.path(), unit.path().split("\\.").length, unit.id(), campaign,
                period.period(), slices, fieldsOf(campaign));
    }

    /** A child unit of the scope's unit that the caller may read, for the models list's {@code child} filter. */
    Unit child(Caller caller, RollupScope scope, String childCode) {
        Unit child = unitAccess.readable(caller, childCode, dayOf(scope.campaign(), scope.period()));
        if (scope.path() != null && !child.path().startsWith(scope.path() + ".")) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, childCode);
        }
        return child;
    }

    /** The unit's subtree within the campaign's: the deeper of the two paths. */
    private static String area(Unit unit, Campaign campaign) {
        String issuer = campaign.issuerPath();
        if (unit.provinceId() == campaign.provinceId()) {
            if (unit.contains(issuer)) {
                return issuer;
            }
            if (issuer.equals(unit.path()) || unit.path().startsWith(issuer + ".")) {
                return unit.path();
            }
        }
        throw new InvalidException(RollupErrorCode.UNIT_OUTSIDE_CAMPAIGN, unit.code());
    }

    /** Units are looked up in the structure of the campaign: on the cut-off day, kept within the issuer's validity. */
    private LocalDate dayOf(Campaign campaign, CampaignDocument.Period period) {
        Unit issuer = units.findById(campaign.issuerUnitId()).orElseThrow();
        LocalDate day = period.lastDay();
        if (day.isBefore(issuer.validFrom())) {
            return issuer.validFrom();
        }
        return issuer.validTo() != null && day.isAfter(issuer.validTo()) ? issuer.validTo() : day;
    }

    private RollupScope nation(Campaign campaign, Campaign.PeriodRef period) {
        List<RollupScope.Slice> slices = jdbc.prepareStatement(SAME_PLAN, ps -> {
            ps.setLong(1, campaign.id());
            ps.setString(2, period.period().code());
            List<RollupScope.Slice> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new RollupScope.Slice(rs.getLong(1), rs.getLong(4), rs.getLong(2), rs.getString(3)));
                }
            }
            return found;
        });
        Map<Long, CampaignDocument.Field> fields = jdbc.prepareStatement(FIELDS, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint",
                    slices.stream().map(RollupScope.Slice::campaignId).toArray(Long[]::new)));
            Map<Long, CampaignDocument.Field> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new CampaignDocument.Field(rs.getString(2), rs.getString(3)));
                }
            }
            return found;
        });
        Rollup.UnitRef nation = new Rollup.UnitRef(NATION, "Toàn quốc", "nation", "Quốc gia");
        return new RollupScope(nation, null, 0, -1, campaign, period.period(), slices, fields);
    }

    private static Map<Long, CampaignDocument.Field> fieldsOf(Campaign campaign) {
        Map<Long, CampaignDocument.Field> fields = new HashMap<>();
        campaign.fields().forEach(f -> fields.put(f.id(), f.field()));
        return fields;
    }
}
