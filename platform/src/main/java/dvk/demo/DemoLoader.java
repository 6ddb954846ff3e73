package dvk.demo;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.ingest.BatchKind;
import dvk.ingest.BatchOptions;
import dvk.ingest.BatchSource;
import dvk.ingest.Ingest;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import dvk.units.UnitsChanged;
import dvk.users.Users;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, loaded once per database: today's Tỉnh Lào Cai (15, since 1/7/2025) and its communes, with the
 * history of the two provinces it was formed from (old Lào Cai 10 and old Yên Bái 15, 3-level structure), and
 * users at each level of both structures.
 */
@Singleton
public class DemoLoader {

    public static final String PASSWORD = "dvk-demo";
    /** The 3-level structure, where the seeds' units (Bảo Yên, Bắc Hà) still exist. */
    public static final LocalDate STRUCTURE_DAY = LocalDate.of(2024, 6, 1);
    /** Today's structure: 34 provinces, communes directly below them. */
    public static final LocalDate TODAYS_STRUCTURE_DAY = DemoCampaigns.TODAYS_PROVINCE_FROM;

    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", Role.ADMIN, null, null, "quản trị hệ thống / system administrator"),
            new DemoLogin(
                    "tinh",
                    Role.MANAGER,
                    "15",
                    TODAYS_STRUCTURE_DAY,
                    "Tỉnh Lào Cai (15, từ 1/7/2025; đọc cả Lào Cai 10 và Yên Bái 15 cũ)"),
            new DemoLogin("huyen", Role.SUBMITTER, "087", STRUCTURE_DAY, "Huyện Bảo Yên (087, đến 30/6/2025)"),
            new DemoLogin("huyen2", Role.SUBMITTER, "085", STRUCTURE_DAY, "Huyện Bắc Hà (085, đến 30/6/2025)"),
            new DemoLogin(
                    "xa",
                    Role.SUBMITTER,
                    "02947",
                    TODAYS_STRUCTURE_DAY,
                    "Xã Bảo Yên (02947; trước đây TT Phố Ràng, xã Xuân Thượng, Yên Sơn, Lương Sơn)"),
            new DemoLogin(
                    "xa2",
                    Role.SUBMITTER,
                    "02989",
                    TODAYS_STRUCTURE_DAY,
                    "Xã Bảo Hà (02989; từ các xã của huyện Bảo Yên và Văn Bàn cũ)"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private static final String STEP = "demo";
    private static final String DATA_STEP = "demo-submissions";
    private static final int YEN_BAI_DISTRICTS = 3;

    private final JdbcOperations jdbc;
    private final UnitRepository units;
    private final Users users;
    private final Campaigns campaigns;
    private final Ingest ingest;
    private final ApplicationEventPublisher<UnitsChanged> unitsChanged;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final boolean withSubmissions;

    public DemoLoader(
            JdbcOperations jdbc,
            UnitRepository units,
            Users users,
            Campaigns campaigns,
            Ingest ingest,
            ApplicationEventPublisher<UnitsChanged> unitsChanged,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${dvk.demo-data:true}") boolean withSubmissions) {
        this.jdbc = jdbc;
        this.units = units;
        this.users = users;
        this.campaigns = campaigns;
        this.ingest = ingest;
        this.unitsChanged = unitsChanged;
        this.transactions = transactions;
        this.clock = clock;
        this.withSubmissions = withSubmissions;
    }

    /** Loads the demo users and campaigns unless an earlier start did; the step marker and the data commit together. */
    @Transactional
    public void loadOnce() {
        if (!firstTime(STEP)) {
            return;
        }
        long started = System.nanoTime();
        for (DemoLogin login : LOGINS) {
            Unit unit = login.unitCode() == null
                    ? null
                    : units.findByCode(login.unitCode(), login.on(), null).orElseThrow();
            users.createIfMissing(login.username(), displayName(login, unit), login.role(), unit, PASSWORD);
        }
        Caller admin = users.caller("admin").orElseThrow();
        Campaign laoCai = campaigns.create(admin, DemoCampaigns.province());
        campaigns.create(admin, DemoCampaigns.district());
        Campaign yenBai = campaigns.create(admin, DemoCampaigns.yenBai());
        Campaign present = campaigns.create(admin, DemoCampaigns.present());
        // today's province carries on the campaigns of the two provinces it was formed from
        campaigns.continueFrom(admin, present.id(), List.of(laoCai.id(), yenBai.id()));
        LOG.info("Loaded the demo users and campaigns in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Loads the demo's registrations, results and indicators once, through the ingest like real uploads. It
     * takes a while, so the service runs it after it has started. Each batch commits on its own, as a user's
     * upload would: figures appear as it goes, and no transaction grows for minutes (rewriting the same
     * aggregate rows hundreds of times in one transaction slows every statement down). Cut short, it runs
     * again at the next start; batches stored already come back unchanged.
     */
    public void loadSubmissionsOnce() {
        if (!withSubmissions || transactions.executeRead(status -> done(DATA_STEP))) {
            return;
        }
        long started = System.nanoTime();
        Caller admin = users.caller("admin").orElseThrow();
        List<Campaign> demoCampaigns = campaigns.visible(admin);
        Campaign province = demoCampaign(demoCampaigns, DemoCampaigns.province());
        Campaign district = demoCampaign(demoCampaigns, DemoCampaigns.district());
        Campaign yenBai = demoCampaign(demoCampaigns, DemoCampaigns.yenBai());
        Campaign present = demoCampaign(demoCampaigns, DemoCampaigns.present());
        Unit today = units.findByCode("15", TODAYS_STRUCTURE_DAY, null).orElseThrow();
        Unit baoYen = units.findByCode("087", STRUCTURE_DAY, null).orElseThrow();
        transactions.executeWrite(status -> {
            DemoAgencies.createUnder(jdbc, baoYen);
            unitsChanged.publishEvent(new UnitsChanged(baoYen.provinceId()));
            return null;
        });
        Instant now = clock.instant();
        int batches = upload(new DemoSubmissions(province, "tinh", districtsOf("10"), now).batches())
                + upload(new DemoSubmissions(
                                district, "huyen", Map.of(baoYen, units.children(baoYen, STRUCTURE_DAY)), now)
                        .batches())
                + upload(new DemoSubmissions(yenBai, "tinh", firstDistricts(districtsOf("15"), YEN_BAI_DISTRICTS), now)
                        .batches())
                + upload(new DemoSubmissions(
                                present, "tinh", Map.of(today, units.children(today, TODAYS_STRUCTURE_DAY)), now)
                        .batches());
        transactions.executeWrite(status -> firstTime(DATA_STEP));
        LOG.info(
                "Loaded the demo submissions ({} batches) in {} ms",
                batches,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Enough of old Yên Bái's history for the merger to show in the figures, without doubling the load time. */
    private static Map<Unit, List<Unit>> firstDistricts(Map<Unit, List<Unit>> districts, int count) {
        Map<Unit, List<Unit>> first = new LinkedHashMap<>();
        districts.entrySet().stream().limit(count).forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    /** The districts of a province of the 3-level structure, each with its communes. */
    private Map<Unit, List<Unit>> districtsOf(String provinceCode) {
        Unit province = units.findByCode(provinceCode, STRUCTURE_DAY, null).orElseThrow();
        Map<Unit, List<Unit>> reporters = new LinkedHashMap<>();
        for (Unit districtUnit : units.children(province, STRUCTURE_DAY)) {
            reporters.put(districtUnit, units.children(districtUnit, STRUCTURE_DAY));
        }
        return reporters;
    }

    /** The campaign the demo created: by issuer and name, since users may add campaigns of the same issuer. */
    static Campaign demoCampaign(List<Campaign> visible, CampaignDocument demo) {
        return visible.stream()
                .filter(c -> demo.issuerCode().equals(c.document().issuerCode())
                        && demo.name().equals(c.name()))
                .min(Comparator.comparingLong(Campaign::id))
                .orElseThrow();
    }

    private boolean done(String step) {
        return jdbc.prepareStatement("SELECT 1 FROM start_step WHERE name = ?", ps -> {
            ps.setString(1, step);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private boolean firstTime(String step) {
        return jdbc.prepareStatement(
                "INSERT INTO start_step (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING name", ps -> {
                    ps.setString(1, step);
                    try (var rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }

    /** Through the same ingest path as a user's upload, so aggregates and the submission board follow. */
    private int upload(List<DemoBatch> batches) {
        for (DemoBatch batch : batches) {
            Caller uploader = users.caller(batch.uploader()).orElseThrow();
            try {
                ingest.submit(
                        uploader,
                        batch.campaignId(),
                        BatchKind.parse(batch.kind()).orElseThrow(),
                        batch.periodCode(),
                        BatchSource.DEMO,
                        batch.csv().getBytes(StandardCharsets.UTF_8),
                        BatchOptions.DEFAULT.receivedAt(batch.receivedAt()));
            } catch (InvalidException e) {
                // the demo's own files must be valid: say exactly which rows are not
                LOG.error("Demo batch {} {} was refused: {}", batch.kind(), batch.periodCode(), e.details());
                throw e;
            }
        }
        return batches.size();
    }

    private static String displayName(DemoLogin login, Unit unit) {
        return unit == null ? "Quản trị hệ thống" : "Cán bộ " + unit.name();
    }

    /** A demo user; {@code on} is a day on which the unit's code names the right unit. */
    public record DemoLogin(String username, Role role, String unitCode, LocalDate on, String unitDescription) {}
}
