package dvk.packs;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.reports.PackFileNames;
import dvk.reports.PackRenderer;
import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.PackKind;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.Signer;
import dvk.rollups.Compare;
import dvk.rollups.FigureList;
import dvk.rollups.Rollup;
import dvk.rollups.RollupLabels;
import dvk.rollups.Rollups;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

/** Runs one pack job: the rollup and annex of the unit and period, then the three renderings. */
@Singleton
class PackGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(PackGenerator.class);

    private final PackRepository repository;
    private final Rollups rollups;
    private final Campaigns campaigns;
    private final UnitRepository units;
    private final AnnexQuery annexQuery;
    private final PackRenderer renderer;
    private final FigureList figures;
    private final RollupLabels labels;

    PackGenerator(PackRepository repository, Rollups rollups, Campaigns campaigns, UnitRepository units,
                  AnnexQuery annexQuery, PackRenderer renderer, FigureList figures, RollupLabels labels) {
        this.figures = figures;
        this.labels = labels;
        this.repository = repository;
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.units = units;
        this.annexQuery = annexQuery;
        this.renderer = renderer;
    }

    void generate(Caller caller, long id) {
        long started = System.nanoTime();
        try {
            PackJob job = repository.find(id, caller.readScope()).orElseThrow();
            repository.progress(id, "running", 5);
            ReportPack pack = assemble(caller, job);
            repository.progress(id, "running", 30);
            byte[] pdf = renderer.pdf(pack);
            repository.progress(id, "running", 70);
            byte[] docx = renderer.docx(pack);
            repository.progress(id, "running", 90);
            byte[] xlsx = renderer.xlsx(pack);
            repository.done(id, pack.asOf(), PackFileNames.baseName(pack), pdf, docx, xlsx);
            LOG.info("Pack {} for {} {} done in {} ms ({} registrations)", id, job.unitCode(), job.periodCode(),
                    (System.nanoTime() - started) / 1_000_000,
                    pack.annex().stream().mapToInt(u -> u.registrations().size()).sum());
        } catch (RuntimeException | Error e) {
            LOG.error("Pack {} failed", id, e);
            repository.failed(id, "Không tạo được bộ tài liệu / The pack could not be generated: "
                    + e.getClass().getSimpleName());
        }
    }

    /** "Tăng … so với cùng kỳ" needs the same period a year earlier; the first year of a campaign has none. */
    private Rollup rollupComparedWithLastYear(Caller caller, PackJob job) {
        try {
            return rollups.of(caller, job.unitCode(), job.campaignId(), job.periodCode(), Compare.LAST_YEAR);
        } catch (InvalidException noEarlierPeriod) {
            return rollups.of(caller, job.unitCode(), job.campaignId(), job.periodCode(), Compare.NONE);
        }
    }

    ReportPack assemble(Caller caller, PackJob job) {
        Campaign campaign = campaigns.readable(caller, job.campaignId());
        Rollup rollup = rollupComparedWithLastYear(caller, job);
        Unit unit = units.findById(job.unitId()).orElseThrow();
        Unit parent = unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        IssuingBody body = IssuingBody.of(unit, parent, campaign.issuerUnitId(), campaign.document().document());
        var document = campaign.document().document();
        Signer signer = new Signer(
                document == null || document.signerOnBehalf() == null ? "T/M BAN THƯỜNG VỤ" : document.signerOnBehalf(),
                job.signerTitle() != null ? job.signerTitle() : document == null ? "" : document.signerTitle(),
                job.signerName() != null ? job.signerName() : document == null ? "" : document.signerName());
        long periodId = campaign.period(job.periodCode()).orElseThrow().id();
        List<AnnexUnit> annex = annexQuery.registrations(job.provinceId(), job.campaignId(), periodId, unit.path());
        PackKind kind = "so-ket-6-thang".equals(job.kind()) ? PackKind.SO_KET_6_THANG : PackKind.TONG_KET_NAM;
        return PackAssembler.assemble(kind, rollup, campaign, body, job.number(), signer, annex, Instant.now(), figures,
                labels);
    }
}
