package dvk.packs;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.snapshots.Snapshots;
import dvk.units.Unit;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Requests and serves report packs. Generation runs on the bounded {@code packs} executor under a lease
 * ({@link PackWorker}); status, progress and files live in the database, so any instance answers for any pack.
 */
@Singleton
public class Packs {

    private static final List<String> KINDS = List.of("so-ket-6-thang", "tong-ket-nam");
    /** A pack about a period that ended this long ago is dated the period's last day unless a date is given. */
    static final int PAST_PERIOD_DAYS = 90;

    private final PackRepository repository;
    private final PackWorker worker;
    private final UnitAccess unitAccess;
    private final Campaigns campaigns;
    private final Clock clock;
    private final Audit audit;
    private final Snapshots snapshots;

    Packs(
            PackRepository repository,
            PackWorker worker,
            UnitAccess unitAccess,
            Campaigns campaigns,
            Clock clock,
            Audit audit,
            Snapshots snapshots) {
        this.clock = clock;
        this.snapshots = snapshots;
        this.repository = repository;
        this.worker = worker;
        this.unitAccess = unitAccess;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    public PackStatus request(Caller caller, PackRequest request) {
        if (request.kind() == null || !KINDS.contains(request.kind())) {
            throw new InvalidException(PackErrorCode.INVALID_KIND, request.kind());
        }
        Campaign campaign = campaigns.readable(caller, request.campaignId());
        Campaign.PeriodRef period = campaign.period(request.period())
                .orElseThrow(() -> new InvalidException(PackErrorCode.PERIOD_NOT_FOUND, request.period()));
        Unit unit = unitAccess.readable(caller, request.unitCode(), campaign.unitDay(period.period()));
        if (request.snapshotId() != null) {
            // refused unless the freeze is of this campaign and period and holds the unit
            snapshots.rollup(
                    caller,
                    request.snapshotId(),
                    unit.code(),
                    campaign.id(),
                    period.period().code());
        }
        long id = repository.insert(
                unit.provinceId(),
                unit.id(),
                campaign.id(),
                period.id(),
                request.kind(),
                request,
                reportDate(request.date(), period.period().lastDay()),
                caller.userId());
        if (request.snapshotId() != null) {
            repository.fromSnapshot(id, request.snapshotId());
        }
        audit.record(AuditEntry.of(
                caller,
                unit.provinceId(),
                unit.id(),
                "pack.request",
                campaign.id(),
                request.kind(),
                Map.of("pack", id, "period", period.period().code())));
        worker.submit(id);
        return status(caller, id);
    }

    private LocalDate reportDate(LocalDate requested, LocalDate periodEnd) {
        if (requested != null) {
            return requested;
        }
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(periodEnd.plusDays(PAST_PERIOD_DAYS)) ? periodEnd : today;
    }

    public PackStatus status(Caller caller, long id) {
        return job(caller, id).view();
    }

    public List<PackStatus> recent(Caller caller, String unitCode, LocalDate on) {
        Unit unit = unitAccess.readable(caller, unitCode, on);
        return repository.recent(unit.id(), caller.readScope()).stream()
                .map(PackJob::view)
                .toList();
    }

    /** The generated file; "not ready" until the job is done. */
    public PackFile file(Caller caller, long id, String format) {
        PackFile file = content(caller, id, format);
        downloaded(caller, job(caller, id), format);
        return file;
    }

    private PackFile content(Caller caller, long id, String format) {
        PackJob job = job(caller, id);
        if (!"done".equals(job.status())) {
            throw new ConflictException(PackErrorCode.PACK_NOT_READY, id, job.status());
        }
        if (!PackJob.FORMATS.contains(format)) {
            throw new InvalidException(PackErrorCode.INVALID_FORMAT, format);
        }
        return new PackFile(job.baseName() + "." + format, repository.file(id, format));
    }

    /** The whole pack as one ZIP: PDF for printing, DOCX for editing, XLSX annex tables. */
    public PackFile zip(Caller caller, long id) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String format : PackJob.FORMATS) {
                PackFile file = content(caller, id, format);
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackJob job = job(caller, id);
        downloaded(caller, job, "zip");
        return new PackFile(job.baseName() + ".zip", bytes.toByteArray());
    }

    private void downloaded(Caller caller, PackJob job, String format) {
        audit.record(AuditEntry.of(
                caller,
                job.provinceId(),
                job.unitId(),
                "pack.download",
                job.campaignId(),
                job.kind(),
                Map.of("pack", job.id(), "period", job.periodCode(), "format", format)));
    }

    private PackJob job(Caller caller, long id) {
        return repository
                .find(id, caller.readScope())
                .orElseThrow(() -> new NotFoundException(PackErrorCode.PACK_NOT_FOUND, id));
    }

    /** A generated file with its ASCII name. */
    public record PackFile(String name, byte[] content) {}
}
