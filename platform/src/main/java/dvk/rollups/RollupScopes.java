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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private static final NamedSql PLACED = NamedSql.resource("placed.sql");
    /** The province in force on a day that each old province went into. */
    private static final String PROVINCE_SUCCESSORS = """
            SELECT s.predecessor_id, n.id, n.code, n.name, n.level, n.type
              FROM unit_succession s
              JOIN unit n ON n.province_id = s.successor_province_id AND n.id = s.successor_id
             WHERE s.placed AND s.predecessor_province_id = s.predecessor_id AND s.predecessor_id = ANY(?)
               AND n.level = 'province' AND n.valid_from <= ? AND (n.valid_to IS NULL OR n.valid_to >= ?)
            """;

    private static final String FIELDS = "SELECT id, code, name FROM campaign_field WHERE campaign_id = ANY(?)";

    private final Campaigns campaigns;
    private final UnitAccess unitAccess;
    private final JdbcOperations jdbc;
    private final Clock clock;

    RollupScopes(Campaigns campaigns, UnitAccess unitAccess, JdbcOperations jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.unitAccess = unitAccess;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RollupScope resolve(Caller caller, String unitCode, long campaignId, String periodCode) {
        return resolve(caller, unitCode, campaignId, periodCode, null);
    }

    /**
     * The scope of a rollup. With a {@code basis} day, {@code unitCode} names the unit in force that day; when
     * that unit belongs to another structure than the campaign's, the campaign's figures are re-based onto it
     * through the official lineage ({@link #rebased}).
     */
    RollupScope resolve(Caller caller, String unitCode, long campaignId, String periodCode, @Nullable LocalDate basis) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        if (campaign.period(periodCode).isEmpty() && !NATION.equals(unitCode)) {
            List<Campaign> earlier = campaigns.predecessors(caller, campaign).stream()
                    .filter(p -> p.period(periodCode).isPresent())
                    .toList();
            if (!earlier.isEmpty()) {
                return continued(caller, unitCode, campaign, earlier, periodCode, basis);
            }
        }
        Campaign.PeriodRef period = campaign.period(periodCode)
                .orElseThrow(() -> new InvalidException(RollupErrorCode.PERIOD_NOT_FOUND, periodCode));
        if (NATION.equals(unitCode)) {
            if (!caller.isAdmin()) {
                throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, unitCode);
            }
            return nation(campaign, period, basis);
        }
        Unit unit = unitAccess.readable(caller, unitCode, basis != null ? basis : campaign.unitDay(period.period()));
        Rollup.UnitRef ref = ref(unit);
        String area = campaign.areaOf(unit);
        if (area == null) {
            if (basis == null) {
                throw new InvalidException(RollupErrorCode.UNIT_OUTSIDE_CAMPAIGN, unit.code());
            }
            return rebased(unit, campaign, period, basis);
        }
        List<RollupScope.Slice> slices =
                List.of(new RollupScope.Slice(campaign.id(), period.id(), campaign.provinceId(), area));
        return new RollupScope(
                ref, unit.path(), depth(unit), unit.id(), campaign, period.period(), slices, fieldsOf(campaign), null);
    }

    /**
     * The areas of the models list's {@code child} filter as an ltree[] literal: a child unit of the scope's unit
     * that the caller may read, or, for a re-based rollup, the predecessor areas placed under that child.
     */
    String childAreas(Caller caller, RollupScope scope, String childCode) {
        if (scope.rebased()) {
            String areas = scope.childAreas(childCode);
            if (areas == null) {
                throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, childCode);
            }
            return areas;
        }
        Unit child = unitAccess.readable(caller, childCode, scope.campaign().unitDay(scope.period()));
        if (scope.path() != null && !child.path().startsWith(scope.path() + ".")) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, childCode);
        }
        return "{" + child.path() + "}";
    }

    /**
     * A campaign's figures counted onto a unit of another structure: the total from the smallest set of
     * predecessor areas placed into the unit's subtree, each child's from those placed under it (or, for a unit
     * without children there, one child per predecessor). Every predecessor is placed once (unit_succession), so
     * every model counts once at every node, whatever the basis.
     */
    private RollupScope rebased(Unit unit, Campaign campaign, Campaign.PeriodRef period, LocalDate basis) {
        Map<String, Object> values = new HashMap<>();
        values.put("campaignPath", campaign.issuerPath());
        values.put("campaignProvince", campaign.provinceId());
        values.put("campaign", campaign.id());
        values.put("period", period.id());
        values.put("unitProvince", unit.provinceId());
        values.put("unitPath", unit.path());
        values.put("depth", depth(unit));
        values.put("basis", basis);
        List<Placed> placed = jdbc.execute(connection -> {
            try (var ps = PLACED.prepare(connection, values);
                    ResultSet rs = ps.executeQuery()) {
                List<Placed> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(Placed.read(rs));
                }
                return rows;
            }
        });
        if (placed.isEmpty()) {
            throw new InvalidException(RollupErrorCode.UNIT_OUTSIDE_CAMPAIGN, unit.code());
        }
        boolean byChild = placed.stream().anyMatch(p -> p.childId() != null);
        List<RollupScope.Slice> slices = new ArrayList<>();
        for (String area : outermost(placed.stream().map(Placed::area).toList())) {
            slices.add(new RollupScope.Slice(campaign.id(), period.id(), campaign.provinceId(), area, null, true));
        }
        Map<Long, Rollup.UnitRef> children = new LinkedHashMap<>();
        Map<Long, List<String>> childAreas = new LinkedHashMap<>();
        for (Placed p : placed) {
            if (byChild && p.childId() == null) {
                continue;
            }
            long childId = byChild ? p.childId() : p.oldId();
            children.putIfAbsent(childId, byChild ? p.child() : p.old());
            childAreas.computeIfAbsent(childId, k -> new ArrayList<>()).add(p.area());
        }
        childAreas.forEach((childId, areas) -> outermost(areas)
                .forEach(area -> slices.add(new RollupScope.Slice(
                        campaign.id(), period.id(), campaign.provinceId(), area, childId, false))));
        long byDefault = placed.stream().mapToLong(Placed::defaultModels).sum();
        return new RollupScope(
                ref(unit),
                unit.path(),
                depth(unit),
                unit.id(),
                campaign,
                period.period(),
                slices,
                fieldsOf(campaign),
                new RollupScope.Rebased(basis, children, byDefault));
    }

    /**
     * A period the campaign lacks, read from the campaigns it continues (of the units its issuer succeeded),
     * each re-based onto the unit of the campaign's own structure and added up; fields match by code.
     */
    private RollupScope continued(
            Caller caller,
            String unitCode,
            Campaign campaign,
            List<Campaign> earlier,
            String periodCode,
            @Nullable LocalDate basis) {
        LocalDate day = basis != null ? basis : campaign.structureDay(LocalDate.now(clock));
        Unit unit = unitAccess.readable(caller, unitCode, day);
        if (campaign.areaOf(unit) == null) {
            throw new InvalidException(RollupErrorCode.UNIT_OUTSIDE_CAMPAIGN, unit.code());
        }
        List<RollupScope> parts = new ArrayList<>();
        for (Campaign predecessor : earlier) {
            if (predecessor.areaOf(unit) != null) {
                continue;
            }
            try {
                parts.add(rebased(
                        unit, predecessor, predecessor.period(periodCode).orElseThrow(), day));
            } catch (InvalidException nothingPlacedHere) {
                // none of this predecessor's units went into this unit
            }
        }
        if (parts.isEmpty()) {
            throw new InvalidException(RollupErrorCode.UNIT_OUTSIDE_CAMPAIGN, unit.code());
        }
        List<RollupScope.Slice> slices = new ArrayList<>();
        Map<Long, Rollup.UnitRef> children = new HashMap<>();
        Map<Long, CampaignDocument.Field> fields = new HashMap<>(fieldsOf(campaign));
        long byDefault = 0;
        for (RollupScope part : parts) {
            slices.addAll(part.slices());
            children.putAll(part.basis().children());
            fields.putAll(part.fields());
            byDefault += part.basis().placedByDefault();
        }
        Map<Long, Rollup.UnitRef> ordered = new LinkedHashMap<>();
        children.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(Rollup.UnitRef::code)))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new RollupScope(
                ref(unit),
                unit.path(),
                depth(unit),
                unit.id(),
                campaign,
                parts.get(0).period(),
                slices,
                fields,
                new RollupScope.Rebased(day, ordered, byDefault));
    }

    /** The periods a rollup of the campaign can compare with: its own, then those of the campaigns it continues. */
    List<CampaignDocument.Period> comparablePeriods(Caller caller, Campaign campaign) {
        List<CampaignDocument.Period> periods = new ArrayList<>(
                campaign.periods().stream().map(Campaign.PeriodRef::period).toList());
        for (Campaign predecessor : campaigns.predecessors(caller, campaign)) {
            predecessor.periods().stream()
                    .map(Campaign.PeriodRef::period)
                    .filter(p -> campaign.period(p.code()).isEmpty()
                            && periods.stream().noneMatch(q -> q.code().equals(p.code())))
                    .forEach(periods::add);
        }
        return periods;
    }

    /** The areas no other area of the list contains. */
    private static List<String> outermost(List<String> areas) {
        List<String> distinct = areas.stream().distinct().toList();
        return distinct.stream()
                .filter(a -> distinct.stream().noneMatch(b -> !b.equals(a) && a.startsWith(b + ".")))
                .toList();
    }

    /** A row of {@code placed.sql}. */
    private record Placed(
            long oldId,
            Rollup.UnitRef old,
            String area,
            @Nullable Long childId,
            @Nullable Rollup.UnitRef child,
            long defaultModels) {

        static Placed read(ResultSet rs) throws SQLException {
            Long childId = (Long) rs.getObject("child_id");
            return new Placed(
                    rs.getLong("old_id"),
                    new Rollup.UnitRef(
                            rs.getString("old_code"),
                            rs.getString("old_name"),
                            rs.getString("old_level"),
                            rs.getString("old_type")),
                    rs.getString("area"),
                    childId,
                    childId == null
                            ? null
                            : new Rollup.UnitRef(
                                    rs.getString("child_code"),
                                    rs.getString("child_name"),
                                    rs.getString("child_level"),
                                    rs.getString("child_type")),
                    rs.getLong("default_models"));
        }
    }

    private static Rollup.UnitRef ref(Unit unit) {
        return new Rollup.UnitRef(unit.code(), unit.name(), unit.level().sqlName(), unit.type());
    }

    private static int depth(Unit unit) {
        return unit.path().split("\\.").length;
    }

    private RollupScope nation(Campaign campaign, Campaign.PeriodRef period, @Nullable LocalDate basis) {
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
            ps.setArray(
                    1,
                    ps.getConnection()
                            .createArrayOf(
                                    "bigint",
                                    slices.stream()
                                            .map(RollupScope.Slice::campaignId)
                                            .toArray(Long[]::new)));
            Map<Long, CampaignDocument.Field> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new CampaignDocument.Field(rs.getString(2), rs.getString(3)));
                }
            }
            return found;
        });
        Rollup.UnitRef nation = new Rollup.UnitRef(NATION, "Toàn quốc", "nation", "Quốc gia");
        if (basis == null) {
            return new RollupScope(nation, null, 0, -1, campaign, period.period(), slices, fields, null);
        }
        // re-based, the children are the provinces in force on the basis day, each counting its predecessors
        Map<Long, Rollup.UnitRef> successors = new HashMap<>();
        Map<Long, Long> successorOf = jdbc.prepareStatement(PROVINCE_SUCCESSORS, ps -> {
            ps.setArray(
                    1,
                    ps.getConnection()
                            .createArrayOf(
                                    "bigint",
                                    slices.stream()
                                            .map(RollupScope.Slice::provinceId)
                                            .distinct()
                                            .toArray(Long[]::new)));
            ps.setObject(2, basis);
            ps.setObject(3, basis);
            Map<Long, Long> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), rs.getLong(2));
                    successors.put(
                            rs.getLong(2),
                            new Rollup.UnitRef(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return found;
        });
        List<RollupScope.Slice> all = new ArrayList<>(slices);
        for (RollupScope.Slice slice : slices) {
            Long successor = successorOf.get(slice.provinceId());
            if (successor != null) {
                all.add(new RollupScope.Slice(
                        slice.campaignId(), slice.periodId(), slice.provinceId(), slice.area(), successor, false));
            }
        }
        Map<Long, Rollup.UnitRef> children = new LinkedHashMap<>();
        successors.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(Rollup.UnitRef::code)))
                .forEach(e -> children.put(e.getKey(), e.getValue()));
        return new RollupScope(
                nation,
                null,
                0,
                -1,
                campaign,
                period.period(),
                all,
                fields,
                new RollupScope.Rebased(basis, children, 0));
    }

    private static Map<Long, CampaignDocument.Field> fieldsOf(Campaign campaign) {
        Map<Long, CampaignDocument.Field> fields = new HashMap<>();
        campaign.fields().forEach(f -> fields.put(f.id(), f.field()));
        return fields;
    }
}
