package dvk.demo;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.campaigns.Campaigns;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import dvk.users.Users;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;

/** The demo: users at each level of Tỉnh Lào Cai (3-level structure), loaded once per database. */
@Singleton
public class DemoLoader {

    public static final String PASSWORD = "dvk-demo";
    /** The demo lives in the 3-level structure, where the seeds' units (Bảo Yên, Bắc Hà) still exist. */
    public static final LocalDate STRUCTURE_DAY = LocalDate.of(2024, 6, 1);
    public static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", Role.ADMIN, null, "quản trị hệ thống / system administrator"),
            new DemoLogin("tinh", Role.MANAGER, "10", "Tỉnh Lào Cai (10)"),
            new DemoLogin("huyen", Role.SUBMITTER, "087", "Huyện Bảo Yên (087)"),
            new DemoLogin("huyen2", Role.SUBMITTER, "085", "Huyện Bắc Hà (085)"),
            new DemoLogin("xa", Role.SUBMITTER, "02947", "Thị trấn Phố Ràng (02947)"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private static final String STEP = "demo";

    private final JdbcOperations jdbc;
    private final UnitRepository units;
    private final Users users;
    private final Campaigns campaigns;

    public DemoLoader(JdbcOperations jdbc, UnitRepository units, Users users, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.units = units;
        this.users = users;
        this.campaigns = campaigns;
    }

    /** Loads the demo unless an earlier start did; the step marker and the data commit together. */
    @Transactional
    public void loadOnce() {
        boolean first = jdbc.prepareStatement(
                "INSERT INTO start_step (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING name", ps -> {
                    ps.setString(1, STEP);
                    try (var rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
        if (!first) {
            return;
        }
        long started = System.nanoTime();
        for (DemoLogin login : LOGINS) {
            Unit unit = login.unitCode() == null ? null
                    : units.findByCode(login.unitCode(), STRUCTURE_DAY, null).orElseThrow();
            users.createIfMissing(login.username(), displayName(login, unit), login.role(), unit, PASSWORD);
        }
        Caller admin = users.caller("admin").orElseThrow();
        campaigns.create(admin, DemoCampaigns.province());
        campaigns.create(admin, DemoCampaigns.district());
        LOG.info("Loaded the demo in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static String displayName(DemoLogin login, Unit unit) {
        return unit == null ? "Quản trị hệ thống" : "Cán bộ " + unit.name();
    }

    public record DemoLogin(String username, Role role, String unitCode, String unitDescription) {
    }
}
