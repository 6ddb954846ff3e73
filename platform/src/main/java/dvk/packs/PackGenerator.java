package dvk.packs;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import dvk.campaigns.Campaigns;
import dvk.commendation.Commendations;
import dvk.documents.DocumentProfile;
import dvk.documents.DocumentProfiles;
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
import dvk.snapshots.Snapshots;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final DocumentProfiles profiles;
    private final Clock clock;
    private final FigureList figures;
    private final RollupLabels labels;
    private final Snapshots snapshots;
    private final Commendations commendations;

    PackGenerator(
            PackRepository repository,
            Rollups rollups,
            Campaigns campaigns,
            UnitRepository units,
            AnnexQuery annexQuery,
            PackRenderer renderer,
            DocumentProfiles profiles,
            Clock clock,
            FigureList figures,
            RollupLabels labels,
            Snapshots snapshots,
            Commendations commendations) {
        this.profiles = profiles;
        this.clock = clock;
        this.figures = figures;
        this.labels = labels;
        this.repository = repository;
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.units = units;
        this.annexQuery = annexQuery;
        this.renderer = renderer;
        this.snapshots = snapshots;
        this.commendations = commendations;
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
            LOG.info(
                    "Pack {} for {} {} done in {} ms ({} registrations)",
                    id,
                    job.unitCode(),
                    job.periodCode(),
                    (System.nanoTime() - started) / 1_000_000,
                    pack.annex().stream()
                            .mapToInt(u -> u.registrations().size())
                            .sum());
        } catch (RuntimeException | Error e) {
            LOG.error("Pack {} failed", id, e);
            repository.failed(
                    id,
                    "Không tạo được bộ tài liệu / The pack could not be generated: "
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
        Optional<Long> snapshot = repository.snapshotOf(job.id());
        Rollup rollup = snapshot.isPresent()
                ? snapshots.rollup(caller, snapshot.get(), job.unitCode(), job.campaignId(), job.periodCode())
                : rollupComparedWithLastYear(caller, job);
        Unit unit = units.findById(job.unitId()).orElseThrow();
        Campaign.PeriodRef period = campaign.period(job.periodCode()).orElseThrow();
        DocumentProfile profile = profiles.of(
                unit,
                campaign.unitDay(period.period()),
                unit.id() == campaign.issuerUnitId() ? campaignHeader(campaign) : null);
        // what the request set for this one document, else the unit's profile, part by part
        Signer signer = new Signer(
                nonNull(job.signerOnBehalf() != null ? job.signerOnBehalf() : profile.signerOnBehalf()),
                job.signerTitle() != null ? job.signerTitle() : profile.signerTitle(),
                job.signerName() != null ? job.signerName() : profile.signerName());
        List<String> recipients = job.recipients() != null ? job.recipients() : profile.recipients();
        // a pack made from a freeze prints the lines frozen with it, as it prints its figures
        List<AnnexUnit> annex = snapshot.flatMap(id -> snapshots.registrations(caller, id, unit.path()))
                .orElseGet(
                        () -> annexQuery.registrations(job.provinceId(), job.campaignId(), period.id(), unit.path()));
        PackKind kind = "so-ket-6-thang".equals(job.kind()) ? PackKind.SO_KET_6_THANG : PackKind.TONG_KET_NAM;
        LocalDate date = job.reportDate() != null ? job.reportDate() : LocalDate.now(clock);
        ReportPack pack = PackAssembler.assemble(
                kind,
                rollup,
                campaign,
                profile,
                job.number(),
                date,
                signer,
                recipients.isEmpty() ? List.of("Lưu") : recipients,
                annex,
                commendations.forPack(caller, campaign, period, unit),
                Instant.now(),
                figures,
                labels);
        return snapshot.map(id -> pack.frozen(snapshots.freeze(caller, id, job.unitCode())))
                .orElse(pack);
    }

    /** The header written into the campaign, for the pack of the unit that issued it. */
    private static DocumentProfile campaignHeader(Campaign campaign) {
        CampaignDocument.Document document = campaign.document().document();
        if (document == null || document.issuingBody() == null) {
            return null;
        }
        return DocumentProfiles.fromCampaignHeader(
                document.superiorBody(),
                document.issuingBody(),
                document.documentSymbol(),
                document.placeName(),
                document.signerOnBehalf(),
                document.signerTitle(),
                document.signerName(),
                document.recipients() == null ? List.of() : document.recipients());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
