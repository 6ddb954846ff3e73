package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.campaigns.CampaignChanged;
import dvk.submissions.SubmissionsChanged;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import dvk.time.Vietnam;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Random hierarchies, campaigns and batches (new registrations, re-uploads, withdrawals, results, indicators,
 * submissions), each followed by the event the ingest publishes; then every rollup figure at every node and
 * period is compared with a naive recount in Java over the base rows read back from the database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupPropertyTest implements DatabaseTest {

    private static final int ITERATIONS = 60;
    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMIN, null, null, null, List.of());
    private static final String[] TYPES = {"collective", "individual"};
    private static final String[] STATUSES = {"new", "continued", "replicated"};
    private static final String[] RATINGS = {"high", "good", "average", "poor"};
    private static final String[] KINDS = {"registrations", "results", "indicators"};

    @Inject
    ApplicationContext context;

    @Inject
    ApplicationEventPublisher<SubmissionsChanged> events;

    @Inject
    ApplicationEventPublisher<CampaignChanged> campaignChanged;

    @Inject
    Rollups rollups;

    @Override
    public boolean withDemo() {
        return true;
    }

    @Test
    void everyFigureAtEveryNodeAndPeriodEqualsANaiveRecount() throws SQLException {
        try (Connection connection = Sql.of(context).connect()) {
            for (int iteration = 0; iteration < ITERATIONS; iteration++) {
                Random random = new Random(20_250_000L + iteration);
                Generated generated = generate(new Fixture(connection), random, "P" + iteration);
                Base base = Base.read(connection, generated.provinceId(), generated.campaign());
                for (Fixture.Unit node : generated.nodes()) {
                    for (Base.Period period : base.periods.values()) {
                        if (!base.validOn(node.id(), period.lastDay())) {
                            continue;
                        }
                        Rollup rollup = rollups.of(ADMIN, node.code(), generated.campaign(), period.code, Compare.NONE);
                        String where = "iteration " + iteration + ", " + node.code() + ", " + period.code;
                        base.check(rollup, node.path(), period, where);
                    }
                }
            }
        }
    }

    /**
     * Random merges and splits onto a successor structure (a province with communes only): every old commune goes
     * wholly into one new commune, or is split between two with its rows placed in one; the old province goes
     * wholly into the new one. Re-based on the reform day, every node of the new structure counts exactly the
     * models whose old commune is placed under it, the new province counts every model of the campaign's area,
     * and the children add up to what the communes hold.
     */
    @Test
    void reBasedOntoRandomMergesAndSplitsEveryModelCountsOnceAtEveryNode() throws SQLException {
        try (Connection connection = Sql.of(context).connect()) {
            for (int iteration = 0; iteration < ITERATIONS / 2; iteration++) {
                Random random = new Random(20_250_701L + iteration);
                Fixture f = new Fixture(connection);
                Generated generated = generate(f, random, "R" + iteration);
                Base base = Base.read(connection, generated.provinceId(), generated.campaign());
                Fixture.Unit today = f.successorProvince("R" + iteration + "N");
                List<Base.Unit> oldCommunes = base.units.values().stream()
                        .filter(u -> u.level().equals("commune") && u.validTo() == null)
                        .sorted(Comparator.comparing(Base.Unit::code))
                        .toList();
                List<Fixture.Unit> newCommunes = new ArrayList<>();
                int count = 1 + random.nextInt(Math.max(1, oldCommunes.size()));
                for (int i = 0; i < count; i++) {
                    newCommunes.add(f.successorCommune(today.code() + "C" + i, today));
                }
                Map<Long, Fixture.Unit> placedIn = new HashMap<>();
                int splits = 0;
                for (Base.Unit old : oldCommunes) {
                    Fixture.Unit first = newCommunes.get(random.nextInt(newCommunes.size()));
                    if (newCommunes.size() > 1 && random.nextInt(3) == 0) {
                        Fixture.Unit second = newCommunes.stream()
                                .filter(n -> !n.equals(first))
                                .toList()
                                .get(random.nextInt(newCommunes.size() - 1));
                        f.succession(generated.provinceId(), old.id(), first, "partial", true);
                        f.succession(generated.provinceId(), old.id(), second, "partial", false);
                        splits++;
                    } else {
                        f.succession(generated.provinceId(), old.id(), first, "full", true);
                    }
                    placedIn.put(old.id(), first);
                }
                f.succession(generated.provinceId(), generated.provinceId(), today, "full", true);
                for (Base.Period period : base.periods.values()) {
                    String where = "iteration " + iteration + " (" + splits + " splits), " + period.code;
                    Rollup province = rollups.of(
                            ADMIN, today.code(), generated.campaign(), period.code, Compare.NONE, Fixture.REFORM);
                    List<Base.Model> counted = base.counted(base.issuerPath, period);
                    assertEquals(counted.size(), province.totals().models(), where + ": the new province");
                    long placedByDefault = 0;
                    for (Fixture.Unit commune : newCommunes) {
                        List<Base.Model> expected = counted.stream()
                                .filter(m -> oldCommuneOf(base, m.unitId()) != null
                                        && commune.equals(placedIn.get(oldCommuneOf(base, m.unitId()))))
                                .toList();
                        long childFigure = province.children().stream()
                                .filter(c -> c.unit().code().equals(commune.code()))
                                .mapToLong(c -> c.totals().models())
                                .sum();
                        assertEquals(expected.size(), childFigure, where + ": child " + commune.code());
                        if (expected.isEmpty()) {
                            continue;
                        }
                        Rollup own = rollups.of(
                                ADMIN, commune.code(), generated.campaign(), period.code, Compare.NONE, Fixture.REFORM);
                        assertEquals(expected.size(), own.totals().models(), where + ": " + commune.code());
                        placedByDefault += own.basis().placedByDefault();
                    }
                    assertEquals(province.basis().placedByDefault(), placedByDefault, where + ": placed by default");
                }
            }
        }
    }

    /** The id of the commune at or above the unit, null for a unit above the communes (a district's agency). */
    private static Long oldCommuneOf(Base base, long unitId) {
        for (Base.Unit u = base.units.get(unitId);
                u != null;
                u = u.parentId() == null ? null : base.units.get(u.parentId())) {
            if (u.level().equals("commune")) {
                return u.id();
            }
        }
        return null;
    }

    record Generated(long provinceId, long campaign, List<Fixture.Unit> nodes) {}

    private Generated generate(Fixture f, Random random, String prefix) throws SQLException {
        Fixture.Unit province = f.province(prefix);
        List<Fixture.Unit> all = new ArrayList<>(List.of(province));
        List<Fixture.Unit> holders = new ArrayList<>();
        int districts = 1 + random.nextInt(3);
        for (int d = 0; d < districts; d++) {
            Fixture.Unit district = f.district(prefix + "D" + d, province);
            all.add(district);
            int communes = 1 + random.nextInt(4);
            for (int c = 0; c < communes; c++) {
                boolean gone = random.nextInt(8) == 0;
                Fixture.Unit commune = f.child(
                        prefix + "D" + d + "C" + c,
                        "commune",
                        random.nextBoolean() ? "Xã" : "Phường",
                        district,
                        gone ? LocalDate.of(2023, 3, 1) : null);
                all.add(commune);
                if (gone) {
                    continue;
                }
                holders.add(commune);
                for (int v = 0; v < random.nextInt(3); v++) {
                    Fixture.Unit village = f.child(commune.code() + "V" + v, "village", "Thôn", commune, null);
                    all.add(village);
                    holders.add(village);
                }
            }
            if (random.nextBoolean()) {
                Fixture.Unit agency = f.child(prefix + "D" + d + "A", "agency", "Cơ quan", district, null);
                all.add(agency);
                holders.add(agency);
            }
        }
        Fixture.Unit issuer = random.nextInt(4) == 0 ? all.get(1) : province;
        long campaign = f.campaign(issuer, "Phong trào " + prefix);
        Long[] fields = new Long[3];
        for (int i = 0; i < 3; i++) {
            fields[i] = f.field(province, campaign, i, "F" + i, "Lĩnh vực " + i);
        }
        long[] periods = {
            f.period(
                    province,
                    campaign,
                    "2023-H1",
                    "half",
                    LocalDate.of(2022, 12, 15),
                    LocalDate.of(2023, 6, 14),
                    random.nextBoolean() ? LocalDate.of(2023, 2, 20) : null,
                    LocalDate.of(2023, 6, 20),
                    LocalDate.of(2023, 6, 20)),
            f.period(
                    province,
                    campaign,
                    "2023",
                    "year",
                    LocalDate.of(2022, 12, 15),
                    LocalDate.of(2023, 12, 14),
                    LocalDate.of(2023, 2, 20),
                    LocalDate.of(2023, 12, 20),
                    random.nextBoolean() ? LocalDate.of(2023, 12, 20) : null),
            f.period(
                    province,
                    campaign,
                    "2024",
                    "year",
                    LocalDate.of(2023, 12, 15),
                    LocalDate.of(2024, 12, 14),
                    LocalDate.of(2024, 2, 20),
                    LocalDate.of(2024, 12, 20),
                    LocalDate.of(2024, 12, 20))
        };
        f.quota(province, campaign, 0, "2023", "UBND", "collective", 1 + random.nextInt(3));
        f.quota(province, campaign, 1, "2023", "UBND", "individual", 1 + random.nextInt(3));
        // what Campaigns publishes for a campaign made through the API
        campaignChanged.publishEvent(new CampaignChanged(province.provinceId(), campaign));
        List<Fixture.Unit> area =
                holders.stream().filter(u -> u.path().startsWith(issuer.path())).toList();
        List<Long> models = new ArrayList<>();
        Instant clock = LocalDate.of(2023, 1, 10).atStartOfDay(Vietnam.ZONE).toInstant();
        int batches = 4 + random.nextInt(8);
        for (int b = 0; b < batches && !area.isEmpty(); b++) {
            clock = clock.plusSeconds(3600L * 24 * random.nextInt(60) + random.nextInt(86_400));
            String kind = b < 2 ? "registrations" : KINDS[random.nextInt(3)];
            long batch = f.batch(province, campaign, kind, issuer, clock);
            int rows = 1 + random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                Fixture.Unit unit = area.get(random.nextInt(area.size()));
                long period = periods[random.nextInt(3)];
                Instant at = clock.plusMillis(r);
                switch (kind) {
                    case "registrations" -> {
                        int roll = random.nextInt(6);
                        if (roll == 0 && !models.isEmpty()) {
                            f.withdraw(batch, models.get(random.nextInt(models.size())), at);
                        } else if (roll == 1 && !models.isEmpty()) {
                            f.reupload(
                                    batch,
                                    models.get(random.nextInt(models.size())),
                                    period,
                                    STATUSES[random.nextInt(3)],
                                    fieldsOf(random, fields),
                                    at);
                        } else {
                            models.add(f.model(
                                    batch,
                                    campaign,
                                    unit,
                                    period,
                                    prefix + "M" + models.size(),
                                    TYPES[random.nextInt(2)],
                                    STATUSES[random.nextInt(3)],
                                    fieldsOf(random, fields),
                                    at));
                        }
                    }
                    case "results" -> {
                        if (!models.isEmpty()) {
                            f.result(
                                    batch,
                                    models.get(random.nextInt(models.size())),
                                    period,
                                    random.nextInt(50),
                                    random.nextInt(200),
                                    1_000_000L * random.nextInt(20),
                                    random.nextInt(5),
                                    RATINGS[random.nextInt(4)],
                                    random.nextInt(4),
                                    at);
                        }
                    }
                    default ->
                        f.indicator(
                                batch,
                                campaign,
                                unit,
                                period,
                                2 + random.nextInt(5),
                                random.nextInt(3),
                                random.nextInt(3) == 0 ? null : (80 + random.nextInt(20)) + ".5",
                                at);
                }
                f.submission(campaign, unit, period, kind, at);
            }
            events.publishEvent(new SubmissionsChanged(province.provinceId(), campaign, batch));
        }
        List<Fixture.Unit> nodes = all.stream()
                .filter(u -> u.path().startsWith(issuer.path() + ".")
                        || issuer.path().startsWith(u.path()))
                .collect(Collectors.toList());
        return new Generated(province.provinceId(), campaign, nodes);
    }

    private static Long[] fieldsOf(Random random, Long[] fields) {
        List<Long> chosen = new ArrayList<>();
        for (Long field : fields) {
            if (random.nextBoolean()) {
                chosen.add(field);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(fields[random.nextInt(fields.length)]);
        }
        return chosen.toArray(Long[]::new);
    }

    /** The base rows of one campaign, and the naive recount of a rollup over them. */
    static final class Base {
        record Unit(long id, String code, String name, String level, Long parentId, String path, LocalDate validTo) {}

        record Period(long id, String code, LocalDate firstDay, LocalDate lastDay, Map<String, LocalDate> due) {}

        record Model(
                long id,
                String code,
                long unitId,
                long periodId,
                String type,
                String status,
                List<Long> fields,
                Instant receivedAt,
                Instant withdrawnAt) {}

        record Result(
                long modelId,
                long periodId,
                long households,
                long people,
                long funds,
                long works,
                String rating,
                int years,
                Instant receivedAt) {}

        record Indicator(
                long unitId,
                long periodId,
                long villages,
                long withModel,
                BigDecimal satisfaction,
                Instant receivedAt) {}

        record Submission(long unitId, long periodId, String kind, Instant first, Instant last) {}

        final Map<Long, Unit> units = new HashMap<>();
        final Map<Long, Period> periods = new LinkedHashMap<>();
        final Map<Long, Model> models = new HashMap<>();
        final List<Result> results = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<Submission> submissions = new ArrayList<>();
        final Map<Long, String> fieldCodes = new LinkedHashMap<>();
        final Map<String, Long> quotas = new HashMap<>();
        String issuerPath;

        static Base read(Connection c, long provinceId, long campaign) throws SQLException {
            Base base = new Base();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT id, code, name, level, parent_id, path::text, valid_to"
                        + " FROM unit WHERE province_id = " + provinceId)) {
                    while (rs.next()) {
                        base.units.put(
                                rs.getLong(1),
                                new Unit(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        (Long) rs.getObject(5),
                                        rs.getString(6),
                                        rs.getObject(7, LocalDate.class)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT u.path::text FROM campaign c JOIN unit u ON u.id ="
                        + " c.issuer_unit_id WHERE c.id = " + campaign)) {
                    rs.next();
                    base.issuerPath = rs.getString(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT period_code || '/' || registrant_type, sum(count)"
                        + " FROM campaign_quota WHERE campaign_id = " + campaign + " GROUP BY 1")) {
                    while (rs.next()) {
                        base.quotas.put(rs.getString(1), rs.getLong(2));
                    }
                }
                try (ResultSet rs = st.executeQuery(
                        "SELECT id, code FROM campaign_field WHERE campaign_id = " + campaign + " ORDER BY position")) {
                    while (rs.next()) {
                        base.fieldCodes.put(rs.getLong(1), rs.getString(2));
                    }
                }
                Map<Long, Map<String, LocalDate>> dues = new HashMap<>();
                try (ResultSet rs = st.executeQuery("SELECT d.period_id, d.kind, d.due FROM campaign_period_due d"
                        + " JOIN campaign_period p ON p.province_id = d.province_id AND p.id = d.period_id"
                        + " WHERE p.campaign_id = " + campaign)) {
                    while (rs.next()) {
                        dues.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getObject(3, LocalDate.class));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, code, first_day, last_day FROM campaign_period"
                        + " WHERE campaign_id = " + campaign + " ORDER BY id")) {
                    while (rs.next()) {
                        Map<String, LocalDate> due = new LinkedHashMap<>();
                        for (String kind : KINDS) {
                            LocalDate day =
                                    dues.getOrDefault(rs.getLong(1), Map.of()).get(kind);
                            if (day != null) {
                                due.put(kind, day);
                            }
                        }
                        base.periods.put(
                                rs.getLong(1),
                                new Period(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getObject(3, LocalDate.class),
                                        rs.getObject(4, LocalDate.class),
                                        due));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, code, unit_id, period_id, registrant_type, status,"
                        + " field_ids, received_at, withdrawn_at FROM model WHERE campaign_id = " + campaign)) {
                    while (rs.next()) {
                        base.models.put(
                                rs.getLong(1),
                                new Model(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getLong(3),
                                        rs.getLong(4),
                                        rs.getString(5),
                                        rs.getString(6),
                                        List.of((Long[]) rs.getArray(7).getArray()),
                                        instant(rs, 8),
                                        instant(rs, 9)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT model_id, period_id, households, people, funds_vnd, works,"
                        + " rating, years_sustained, received_at FROM model_result WHERE campaign_id = " + campaign)) {
                    while (rs.next()) {
                        base.results.add(new Result(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                rs.getLong(6),
                                rs.getString(7),
                                rs.getInt(8),
                                instant(rs, 9)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT unit_id, period_id, villages, villages_with_model,"
                        + " satisfaction_pct, received_at FROM unit_indicator WHERE campaign_id = " + campaign)) {
                    while (rs.next()) {
                        base.indicators.add(new Indicator(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getBigDecimal(5),
                                instant(rs, 6)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT unit_id, period_id, kind, first_received_at,"
                        + " last_received_at FROM submission WHERE campaign_id = " + campaign)) {
                    while (rs.next()) {
                        base.submissions.add(new Submission(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4), instant(rs, 5)));
                    }
                }
            }
            return base;
        }

        private static Instant instant(ResultSet rs, int column) throws SQLException {
            java.sql.Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }

        void check(Rollup rollup, String nodePath, Period period, String where) {
            String area = nodePath.startsWith(issuerPath) ? nodePath : issuerPath;
            List<Model> counted = counted(area, period);
            Map<Long, Model> countedById = counted.stream().collect(Collectors.toMap(Model::id, m -> m));
            List<Result> results = this.results.stream()
                    .filter(r -> r.periodId() == period.id() && countedById.containsKey(r.modelId()))
                    .toList();
            assertEquals(totals(counted, results, countedById), withoutNames(rollup.totals()), where + " totals");
            assertEquals(
                    coverage(area, period, counted, results, countedById),
                    withoutChildShare(rollup.coverage()),
                    where + " coverage");
            assertEquals(
                    submissions(area, period),
                    rollup.submissions().stream()
                            .map(s -> s.kind() + " " + s.expected() + "/" + s.onTime() + "/" + s.late() + "/"
                                    + s.missing() + " late " + s.lateUnits() + " missing " + s.missingUnits())
                            .toList(),
                    where + " submissions");
            assertEquals(
                    candidates(period, results, countedById),
                    List.of(
                            rollup.commendation().collectiveCandidates(),
                            rollup.commendation().individualCandidates(),
                            rollup.commendation().sustainedCollective(),
                            rollup.commendation().sustainedIndividual(),
                            rollup.commendation().collective().stream()
                                    .map(Rollup.Candidate::modelCode)
                                    .toList(),
                            rollup.commendation().individual().stream()
                                    .map(Rollup.Candidate::modelCode)
                                    .toList()),
                    where + " commendation");
            assertEquals(
                    children(nodePath, area, period, counted),
                    rollup.children().stream()
                            .map(c -> c.unit().code() + "=" + c.totals().models() + "/"
                                    + c.totals().reviewed() + "/"
                                    + c.coverage().communesWithModel().count() + "of"
                                    + c.coverage().communesWithModel().of())
                            .toList(),
                    where + " children");
            assertEquals(asOf(area, period, results), rollup.asOf(), where + " asOf");
        }

        /** Units are looked up on the cut-off day; one dissolved before it is not found then. */
        boolean validOn(long unitId, LocalDate day) {
            LocalDate validTo = units.get(unitId).validTo();
            return validTo == null || !validTo.isBefore(day);
        }

        private boolean within(long unitId, String area) {
            String path = units.get(unitId).path();
            return path.equals(area) || path.startsWith(area + ".");
        }

        private static boolean inside(String path, String area) {
            return path.equals(area) || path.startsWith(area + ".");
        }

        private boolean validDuring(Unit unit, Period period) {
            return unit.validTo() == null || !unit.validTo().isBefore(period.firstDay());
        }

        private List<Model> counted(String area, Period period) {
            return models.values().stream()
                    .filter(m -> m.withdrawnAt() == null
                            && within(m.unitId(), area)
                            && !periods.get(m.periodId()).firstDay().isAfter(period.lastDay()))
                    .toList();
        }

        private Rollup.Totals totals(List<Model> counted, List<Result> results, Map<Long, Model> byId) {
            List<Rollup.FieldCount> fields = fieldCodes.entrySet().stream()
                    .map(e -> new Rollup.FieldCount(
                            e.getValue(),
                            "",
                            counted.stream()
                                    .filter(m -> m.fields().contains(e.getKey()))
                                    .count()))
                    .toList();
            return new Rollup.Totals(
                    counted.size(),
                    fields,
                    count(counted, m -> m.type().equals("collective")),
                    count(counted, m -> m.type().equals("individual")),
                    count(counted, m -> m.status().equals("new")),
                    count(counted, m -> m.status().equals("continued")),
                    count(counted, m -> m.status().equals("replicated")),
                    results.size(),
                    count(results, r -> r.rating().equals("high")),
                    count(results, r -> r.rating().equals("good")),
                    count(results, r -> r.rating().equals("average")),
                    count(results, r -> r.rating().equals("poor")),
                    results.stream().mapToLong(Result::households).sum(),
                    results.stream().mapToLong(Result::people).sum(),
                    results.stream().mapToLong(Result::funds).sum(),
                    results.stream().mapToLong(Result::works).sum());
        }

        private static Rollup.Totals withoutNames(Rollup.Totals t) {
            return new Rollup.Totals(
                    t.models(),
                    t.byField().stream()
                            .map(f -> new Rollup.FieldCount(f.code(), "", f.models()))
                            .toList(),
                    t.collective(),
                    t.individual(),
                    t.statusNew(),
                    t.statusContinued(),
                    t.statusReplicated(),
                    t.reviewed(),
                    t.ratingHigh(),
                    t.ratingGood(),
                    t.ratingAverage(),
                    t.ratingPoor(),
                    t.households(),
                    t.people(),
                    t.fundsVnd(),
                    t.works());
        }

        private static Rollup.Coverage withoutChildShare(Rollup.Coverage c) {
            return new Rollup.Coverage(
                    null,
                    c.communesWithModel(),
                    c.villagesWithModel(),
                    c.agenciesWithHighModel(),
                    c.averageSatisfaction(),
                    c.partyMembers1plus10(),
                    c.households1plus10());
        }

        private Rollup.Coverage coverage(
                String area, Period period, List<Model> counted, List<Result> results, Map<Long, Model> byId) {
            List<Unit> communes = units.values().stream()
                    .filter(u -> u.level().equals("commune") && inside(u.path(), area) && validDuring(u, period))
                    .toList();
            long communesWithModel = units.values().stream()
                    .filter(u -> u.level().equals("commune")
                            && counted.stream()
                                    .anyMatch(m -> inside(units.get(m.unitId()).path(), u.path())))
                    .count();
            List<Indicator> indicated = indicators.stream()
                    .filter(i -> i.periodId() == period.id() && within(i.unitId(), area))
                    .toList();
            long agencies = units.values().stream()
                    .filter(u -> u.level().equals("agency") && inside(u.path(), area) && validDuring(u, period))
                    .count();
            long agenciesWithHigh = units.values().stream()
                    .filter(u -> u.level().equals("agency")
                            && results.stream()
                                    .anyMatch(r -> r.rating().equals("high")
                                            && byId.get(r.modelId()).unitId() == u.id()))
                    .count();
            List<BigDecimal> rates = indicated.stream()
                    .map(Indicator::satisfaction)
                    .filter(Objects::nonNull)
                    .toList();
            BigDecimal average = rates.isEmpty()
                    ? null
                    : rates.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(rates.size()), 2, RoundingMode.HALF_UP);
            return new Rollup.Coverage(
                    null,
                    Figures.share(communesWithModel, communes.size()),
                    Figures.share(
                            indicated.stream().mapToLong(Indicator::withModel).sum(),
                            indicated.stream().mapToLong(Indicator::villages).sum()),
                    Figures.share(agenciesWithHigh, agencies),
                    average,
                    0,
                    0);
        }

        private List<String> submissions(String area, Period period) {
            List<String> forms = new ArrayList<>();
            List<Unit> communes = units.values().stream()
                    .filter(u -> u.level().equals("commune") && inside(u.path(), area) && validDuring(u, period))
                    .sorted(Comparator.comparing(Unit::code))
                    .toList();
            period.due().forEach((kind, due) -> {
                Instant deadline = due.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant();
                List<Rollup.Submitter> late = new ArrayList<>();
                List<Rollup.Submitter> missing = new ArrayList<>();
                for (Unit commune : communes) {
                    Instant first = submissions.stream()
                            .filter(s -> s.periodId() == period.id()
                                    && s.kind().equals(kind)
                                    && inside(units.get(s.unitId()).path(), commune.path()))
                            .map(Submission::first)
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                    if (first == null) {
                        missing.add(new Rollup.Submitter(commune.code(), commune.name(), null));
                    } else if (!first.isBefore(deadline)) {
                        late.add(new Rollup.Submitter(commune.code(), commune.name(), first));
                    }
                }
                long onTime = communes.size() - late.size() - missing.size();
                forms.add(kind + " " + communes.size() + "/" + onTime + "/" + late.size() + "/" + missing.size()
                        + " late " + late + " missing " + missing);
            });
            return forms;
        }

        /**
         * Years sustained as V62 derives them (the typed "Số năm duy trì" no longer ranks): the consecutive years,
         * ending in the period's, of the model's registration (its period's cut-off, or the period's when later)
         * and of its results up to the period's cut-off. The generated models each have their own unit and name,
         * so a model's life is the model itself.
         */
        private int yearsSustained(Model model, Period period) {
            TreeSet<Integer> years = new TreeSet<>();
            Period registered = periods.get(model.periodId());
            if (!registered.firstDay().isAfter(period.lastDay())) {
                years.add((registered.lastDay().isBefore(period.lastDay()) ? registered.lastDay() : period.lastDay())
                        .getYear());
            }
            for (Result r : this.results) {
                LocalDate cutOff = periods.get(r.periodId()).lastDay();
                if (r.modelId() == model.id() && !cutOff.isAfter(period.lastDay())) {
                    years.add(cutOff.getYear());
                }
            }
            int run = 0;
            while (years.contains(period.lastDay().getYear() - run)) {
                run++;
            }
            return run;
        }

        private List<Object> candidates(Period period, List<Result> results, Map<Long, Model> byId) {
            Map<Long, Integer> derived = results.stream()
                    .collect(Collectors.toMap(
                            Result::modelId, r -> yearsSustained(byId.get(r.modelId()), period), (x, y) -> x));
            ToIntFunction<Result> years = r -> derived.get(r.modelId());
            Comparator<Result> rank = Comparator.comparing((Result r) -> years.applyAsInt(r) >= 2)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(years).reversed())
                    .thenComparing(Comparator.comparingLong(Result::households).reversed())
                    .thenComparing(Comparator.comparingLong(Result::funds).reversed())
                    .thenComparingLong(Result::modelId);
            List<Object> expected = new ArrayList<>();
            List<List<String>> lists = new ArrayList<>();
            long[] counts = new long[4];
            for (int t = 0; t < 2; t++) {
                String type = TYPES[t];
                List<Result> high = results.stream()
                        .filter(r -> r.rating().equals("high")
                                && byId.get(r.modelId()).type().equals(type))
                        .sorted(rank)
                        .toList();
                counts[t] = high.size();
                counts[2 + t] =
                        high.stream().filter(r -> years.applyAsInt(r) >= 2).count();
                lists.add(high.stream()
                        .limit(limitFor(period, type))
                        .map(r -> byId.get(r.modelId()).code())
                        .toList());
            }
            for (long n : counts) {
                expected.add(n);
            }
            expected.addAll(lists);
            return expected;
        }

        /** As many as the period's quotas of the type add up to; 20 without a quota. */
        private long limitFor(Period period, String type) {
            return quotas.getOrDefault(period.code() + "/" + type, (long) Rollups.DEFAULT_CANDIDATES);
        }

        private List<String> children(String nodePath, String area, Period period, List<Model> counted) {
            Unit node = units.values().stream()
                    .filter(u -> u.path().equals(nodePath))
                    .findFirst()
                    .orElseThrow();
            return units.values().stream()
                    .filter(u -> Objects.equals(u.parentId(), node.id())
                            && validDuring(u, period)
                            && (inside(u.path(), area) || inside(area, u.path())))
                    .sorted(Comparator.comparing(Unit::code))
                    .map(u -> {
                        String childArea = inside(u.path(), area) ? u.path() : area;
                        long models = counted.stream()
                                .filter(m -> within(m.unitId(), childArea))
                                .count();
                        Map<Long, Model> byId = counted.stream().collect(Collectors.toMap(Model::id, m -> m));
                        long reviewed = results.stream()
                                .filter(r -> r.periodId() == period.id()
                                        && byId.containsKey(r.modelId())
                                        && within(byId.get(r.modelId()).unitId(), childArea))
                                .count();
                        long communes = units.values().stream()
                                .filter(c -> c.level().equals("commune")
                                        && inside(c.path(), childArea)
                                        && validDuring(c, period))
                                .count();
                        long withModel = units.values().stream()
                                .filter(c -> c.level().equals("commune")
                                        && counted.stream()
                                                .anyMatch(m -> inside(
                                                                units.get(m.unitId())
                                                                        .path(),
                                                                c.path())
                                                        && within(m.unitId(), childArea)))
                                .count();
                        return u.code() + "=" + models + "/" + reviewed + "/" + withModel + "of" + communes;
                    })
                    .toList();
        }

        private Instant asOf(String area, Period period, List<Result> results) {
            List<Instant> times = new ArrayList<>();
            models.values().stream()
                    .filter(m -> within(m.unitId(), area)
                            && !periods.get(m.periodId()).firstDay().isAfter(period.lastDay()))
                    .forEach(m -> {
                        times.add(m.receivedAt());
                        if (m.withdrawnAt() != null) {
                            times.add(m.withdrawnAt());
                        }
                    });
            results.forEach(r -> times.add(r.receivedAt()));
            indicators.stream()
                    .filter(i -> i.periodId() == period.id() && within(i.unitId(), area))
                    .forEach(i -> times.add(i.receivedAt()));
            submissions.stream()
                    .filter(s -> s.periodId() == period.id() && within(s.unitId(), area))
                    .forEach(s -> times.add(s.last()));
            return times.stream().max(Comparator.naturalOrder()).orElse(null);
        }

        private static <T> long count(List<T> rows, java.util.function.Predicate<T> test) {
            return rows.stream().filter(test).count();
        }
    }
}
