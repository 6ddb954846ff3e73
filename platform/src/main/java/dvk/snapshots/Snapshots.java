package dvk.snapshots;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.packs.AnnexQuery;
import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.Freeze;
import dvk.rollups.Compare;
import dvk.rollups.ModelPage;
import dvk.rollups.Rollup;
import dvk.rollups.Rollups;
import dvk.time.Vietnam;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Chốt số liệu": a manager freezes the figures of a campaign period for a unit's subtree: the rollup of the unit
 * and of every district and commune below it, and the annex rows (the models counted), kept as they were and
 * hashed. Readers of the frozen unit, and readers below it, read the frozen figures of what they may see.
 */
@Singleton
public class Snapshots {

    private static final String UNITS = """
            SELECT id, code FROM unit
             WHERE province_id = ? AND path <@ CAST(? AS ltree) AND path <> CAST(? AS ltree)
               AND level IN ('province', 'district', 'commune')
               AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
             ORDER BY nlevel(path), code""";
    private static final String VIEW = """
            SELECT s.id, s.sha256, s.taken_at, usr.username, s.campaign_id, p.code, u.code, u.name, u.path::text,
                   (SELECT count(*) FROM snapshot_part x WHERE x.province_id = s.province_id
                       AND x.snapshot_id = s.id AND x.kind = 'rollup'),
                   s.province_id
              FROM snapshot s
              JOIN app_user usr ON usr.id = s.taken_by
              JOIN campaign_period p ON p.province_id = s.province_id AND p.id = s.period_id
              JOIN unit u ON u.province_id = s.province_id AND u.id = s.unit_id
             WHERE s.id = ?""";

    private final JdbcOperations jdbc;
    private final Campaigns campaigns;
    private final UnitAccess unitAccess;
    private final UnitRepository units;
    private final Rollups rollups;
    private final ObjectMapper json;
    private final Audit audit;
    private final AnnexQuery annexQuery;

    Snapshots(
            JdbcOperations jdbc,
            Campaigns campaigns,
            UnitAccess unitAccess,
            UnitRepository units,
            Rollups rollups,
            @Named("snapshots") ObjectMapper.CloseableObjectMapper json,
            Audit audit,
            AnnexQuery annexQuery) {
        this.jdbc = jdbc;
        this.annexQuery = annexQuery;
        this.campaigns = campaigns;
        this.unitAccess = unitAccess;
        this.units = units;
        this.rollups = rollups;
        this.json = json;
        this.audit = audit;
    }

    @Transactional
    public SnapshotView take(Caller caller, SnapshotRequest request) {
        if (request.campaignId() == null || request.period() == null || request.unitCode() == null) {
            throw new InvalidException(SnapshotErrorCode.INVALID_REQUEST);
        }
        Campaign campaign = campaigns.readable(caller, request.campaignId());
        Campaign.PeriodRef period = campaign.period(request.period())
                .orElseThrow(() -> new NotFoundException(SnapshotErrorCode.PERIOD_NOT_FOUND, request.period()));
        LocalDate day = campaign.unitDay(period.period());
        Unit unit = unitAccess.managed(caller, request.unitCode().trim(), day);
        String area = campaign.areaOf(unit);
        if (area == null) {
            throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, request.unitCode());
        }
        List<SnapshotPart> parts = new ArrayList<>();
        parts.add(rollupPart(caller, campaign, period, unit.id(), unit.code()));
        for (Map.Entry<Long, String> below : unitsBelow(unit.provinceId(), area, day)) {
            parts.add(rollupPart(caller, campaign, period, below.getKey(), below.getValue()));
        }
        ModelPage annex = rollups.allModels(
                caller, unit.code(), campaign.id(), period.period().code(), null, ModelPage.Filter.none());
        parts.add(new SnapshotPart("annex", unit.id(), unit.code(), write(annex)));
        parts.add(new SnapshotPart(
                "registrations",
                unit.id(),
                unit.code(),
                write(FrozenRegistrations.of(
                        annexQuery.placed(unit.provinceId(), campaign.id(), period.id(), unit.path())))));
        String sha256 = SnapshotPart.sha256(parts);
        long id = insert(caller, campaign, period, unit, sha256);
        for (int i = 0; i < parts.size(); i++) {
            insertPart(unit.provinceId(), id, i, parts.get(i));
        }
        audit.record(AuditEntry.of(
                caller,
                unit.provinceId(),
                unit.id(),
                "snapshot.take",
                campaign.id(),
                unit.code(),
                Map.of(
                        "snapshot",
                        id,
                        "period",
                        period.period().code(),
                        "sha256",
                        sha256,
                        "units",
                        parts.size() - 2,
                        "models",
                        annex.total())));
        return view(caller, id).orElseThrow();
    }

    /** The snapshot, when the caller reads its unit or lies below it; otherwise "not found". */
    @Transactional(readOnly = true)
    public SnapshotView get(Caller caller, long id) {
        return view(caller, id).orElseThrow(() -> new NotFoundException(SnapshotErrorCode.SNAPSHOT_NOT_FOUND, id));
    }

    /** The freezes of a campaign period that the caller sees, newest first. */
    @Transactional(readOnly = true)
    public List<SnapshotView> of(Caller caller, long campaignId, String periodCode) {
        List<Long> ids = jdbc.prepareStatement("""
                SELECT s.id FROM snapshot s
                  JOIN campaign_period p ON p.province_id = s.province_id AND p.id = s.period_id
                 WHERE s.campaign_id = ? AND p.code = ? ORDER BY s.id DESC""", ps -> {
            ps.setLong(1, campaignId);
            ps.setString(2, periodCode);
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        return ids.stream()
                .map(id -> view(caller, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The freezes of a campaign period that hold {@code unitCode}'s rollup and that the caller sees, newest first. */
    @Transactional(readOnly = true)
    public List<SnapshotView> covering(Caller caller, long campaignId, String periodCode, String unitCode) {
        List<Long> ids = jdbc.prepareStatement("""
                SELECT s.id FROM snapshot s
                  JOIN campaign_period p ON p.province_id = s.province_id AND p.id = s.period_id
                 WHERE s.campaign_id = ? AND p.code = ?
                   AND EXISTS (SELECT 1 FROM snapshot_part x WHERE x.province_id = s.province_id
                                  AND x.snapshot_id = s.id AND x.kind = 'rollup' AND x.unit_code = ?)
                 ORDER BY s.id DESC""", ps -> {
            ps.setLong(1, campaignId);
            ps.setString(2, periodCode);
            ps.setString(3, unitCode);
            List<Long> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
            return found;
        });
        return ids.stream()
                .map(id -> view(caller, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The frozen rollup of a unit of the snapshot that the caller reads. */
    @Transactional(readOnly = true)
    public Rollup rollup(Caller caller, long id, String unitCode, long campaignId, String periodCode) {
        SnapshotView snapshot = get(caller, id);
        if (snapshot.campaignId() != campaignId || !snapshot.period().equals(periodCode)) {
            throw new InvalidException(
                    SnapshotErrorCode.MISMATCH, id, snapshot.campaignId(), snapshot.period(), campaignId, periodCode);
        }
        return jdbc.prepareStatement("""
                SELECT x.content, u.path::text FROM snapshot_part x
                  JOIN unit u ON u.province_id = x.province_id AND u.id = x.unit_id
                 WHERE x.snapshot_id = ? AND x.kind = 'rollup' AND x.unit_code = ?""", ps -> {
            ps.setLong(1, id);
            ps.setString(2, unitCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !caller.reads(rs.getString(2))) {
                    throw new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, unitCode);
                }
                return read(rs.getString(1), Rollup.class);
            }
        });
    }

    /**
     * The annex lines of a freeze, cut to the subtree at {@code unitPath}; empty for a freeze taken before freezes
     * kept them (the pack then prints the current lines).
     */
    @Transactional(readOnly = true)
    public Optional<List<AnnexUnit>> registrations(Caller caller, long id, String unitPath) {
        SnapshotView snapshot = get(caller, id);
        return jdbc.prepareStatement("""
                SELECT content FROM snapshot_part WHERE snapshot_id = ? AND kind = 'registrations'""", ps -> {
            ps.setLong(1, snapshot.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(
                                read(rs.getString(1), FrozenRegistrations.class).within(unitPath))
                        : Optional.empty();
            }
        });
    }

    /**
     * The freeze as a pack prints it: its code and day, and the units of {@code unitCode}'s subtree whose figures
     * changed since, the lowest ones only (a commune's correction also moves its province, which is not listed).
     */
    @Transactional(readOnly = true)
    public Freeze freeze(Caller caller, long id, String unitCode) {
        SnapshotView snapshot = get(caller, id);
        record Part(String code, String name, String path, Rollup frozen) {}
        List<Part> parts = jdbc.prepareStatement("""
                SELECT x.unit_code, u.name, u.path::text, x.content FROM snapshot_part x
                  JOIN unit u ON u.province_id = x.province_id AND u.id = x.unit_id
                 WHERE x.snapshot_id = ? AND x.kind = 'rollup'
                 ORDER BY x.position""", ps -> {
            ps.setLong(1, id);
            List<Part> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Part(
                            rs.getString(1), rs.getString(2), rs.getString(3), read(rs.getString(4), Rollup.class)));
                }
            }
            return all;
        });
        String root = parts.stream()
                .filter(p -> p.code().equals(unitCode))
                .map(Part::path)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(TenantErrorCode.UNIT_NOT_FOUND, unitCode));
        List<Part> changed = new ArrayList<>();
        Map<String, List<String>> changes = new HashMap<>();
        for (Part part : parts) {
            if (!caller.reads(part.path())
                    || !(part.path().equals(root) || part.path().startsWith(root + "."))) {
                continue;
            }
            Rollup now = rollups.of(caller, part.code(), snapshot.campaignId(), snapshot.period(), Compare.NONE, null);
            List<String> differences = SnapshotDifferences.between(part.frozen(), now);
            if (!differences.isEmpty()) {
                changed.add(part);
                changes.put(part.code(), differences);
            }
        }
        List<Freeze.Update> updates = changed.stream()
                .filter(p -> changed.stream().noneMatch(q -> q.path().startsWith(p.path() + ".")))
                .map(p -> new Freeze.Update(p.name() + " (" + p.code() + ")", changes.get(p.code())))
                .toList();
        return new Freeze(
                snapshot.id() + "-" + snapshot.sha256().substring(0, 8),
                snapshot.takenAt().atZoneSameInstant(Vietnam.ZONE).toLocalDate(),
                updates);
    }

    private Optional<SnapshotView> view(Caller caller, long id) {
        return jdbc.prepareStatement(VIEW, ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !visible(caller, rs.getString(9))) {
                    return Optional.empty();
                }
                long models = annexTotal(rs.getLong(11), id);
                return Optional.of(new SnapshotView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getInt(10),
                        models));
            }
        });
    }

    /** A reader of the frozen unit's subtree, or of a unit inside it (who reads the frozen figures of their part). */
    private static boolean visible(Caller caller, String path) {
        if (caller.reads(path)) {
            return true;
        }
        String home = caller.unitPath();
        return home != null && home.startsWith(path + ".");
    }

    private long annexTotal(long provinceId, long id) {
        return jdbc.prepareStatement("""
                SELECT content FROM snapshot_part WHERE province_id = ? AND snapshot_id = ? AND kind = 'annex'""", ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs.getString(1), ModelPage.class).total() : 0L;
            }
        });
    }

    private SnapshotPart rollupPart(
            Caller caller, Campaign campaign, Campaign.PeriodRef period, long unitId, String code) {
        Rollup rollup = rollups.of(caller, code, campaign.id(), period.period().code(), Compare.NONE, null);
        return new SnapshotPart("rollup", unitId, code, write(rollup));
    }

    private List<Map.Entry<Long, String>> unitsBelow(long provinceId, String area, LocalDate day) {
        return jdbc.prepareStatement(UNITS, ps -> {
            ps.setLong(1, provinceId);
            ps.setString(2, area);
            ps.setString(3, area);
            ps.setObject(4, day);
            ps.setObject(5, day);
            List<Map.Entry<Long, String>> below = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    below.add(Map.entry(rs.getLong(1), rs.getString(2)));
                }
            }
            return below;
        });
    }

    private long insert(Caller caller, Campaign campaign, Campaign.PeriodRef period, Unit unit, String sha256) {
        return jdbc.prepareStatement("""
                INSERT INTO snapshot (province_id, campaign_id, period_id, unit_id, taken_at, taken_by, sha256)
                VALUES (?, ?, ?, ?, clock_timestamp(), ?, ?) RETURNING id""", ps -> {
            ps.setLong(1, unit.provinceId());
            ps.setLong(2, campaign.id());
            ps.setLong(3, period.id());
            ps.setLong(4, unit.id());
            ps.setLong(5, caller.userId());
            ps.setString(6, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void insertPart(long provinceId, long id, int position, SnapshotPart part) {
        jdbc.prepareStatement("""
                INSERT INTO snapshot_part (province_id, snapshot_id, position, kind, unit_id, unit_code, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setLong(1, provinceId);
            ps.setLong(2, id);
            ps.setInt(3, position);
            ps.setString(4, part.kind());
            ps.setLong(5, part.unitId());
            ps.setString(6, part.unitCode());
            ps.setString(7, part.content());
            return ps.executeUpdate();
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String content, Class<T> type) {
        try {
            return json.readValue(content, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
