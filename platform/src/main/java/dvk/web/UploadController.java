package dvk.web;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignErrorCode;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.ingest.BatchKind;
import dvk.ingest.BatchOptions;
import dvk.ingest.BatchReport;
import dvk.ingest.BatchSource;
import dvk.ingest.BatchStore;
import dvk.ingest.Ingest;
import dvk.ingest.IngestErrorCode;
import dvk.ingest.RowError;
import dvk.ingest.Templates;
import dvk.reporting.Reports;
import dvk.snapshots.Snapshots;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Upload of a batch: the page, the check or store of one file (answered with the report as an HTML fragment),
 * and the templates. The browser sends the same file twice, once to check and once to store, so nothing is
 * kept between the two requests.
 */
@Hidden
@Controller("/tai-len")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class UploadController {

    private static final Set<String> TEMPLATE_FORMATS = Set.of("csv", "xlsx");
    private static final long PREVIEW_LIMIT = 20L * 1024 * 1024;
    private static final MediaType XLSX =
            MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Selections selections;
    private final Campaigns campaigns;
    private final Ingest ingest;
    private final BatchStore batches;
    private final Csrf csrf;
    private final Reports reports;
    private final Snapshots snapshots;

    UploadController(
            Selections selections,
            Campaigns campaigns,
            Ingest ingest,
            BatchStore batches,
            Csrf csrf,
            Reports reports,
            Snapshots snapshots) {
        this.reports = reports;
        this.snapshots = snapshots;
        this.selections = selections;
        this.campaigns = campaigns;
        this.ingest = ingest;
        this.batches = batches;
        this.csrf = csrf;
    }

    /** A freeze of the period as the banner names it. */
    record Frozen(String unitName, String takenAt, String code) {}

    /** A stored batch with its time as the page shows it. */
    record HistoryRow(BatchStore.BatchSummary batch, String receivedAt) {}

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(
            Caller caller,
            @Nullable @QueryValue("phong-trao") Long campaign,
            @Nullable @QueryValue("ky") String period) {
        Selection sel = selections.resolve(caller, campaign, period, null);
        Map<String, Object> model = new HashMap<>();
        model.put("sel", sel);
        model.put("kinds", List.of("registrations", "results", "indicators"));
        // told before uploading, not after: which reports of the period are approved, and whether it is frozen
        model.put(
                "approved",
                reports.list(caller, sel.campaign().id(), sel.period().code(), null).stream()
                        .filter(r -> "approved".equals(r.state()))
                        .toList());
        model.put(
                "frozen",
                snapshots.of(caller, sel.campaign().id(), sel.period().code()).stream()
                        .map(s -> new Frozen(
                                s.unitName(),
                                Formats.dateTime(s.takenAt().toInstant()),
                                s.id() + "-" + s.sha256().substring(0, 8)))
                        .toList());
        model.put(
                "history",
                batches.list(caller, sel.campaign()).stream()
                        .map(b -> new HistoryRow(
                                b, Formats.dateTime(b.receivedAt().toInstant())))
                        .toList());
        return new ModelAndView<>("upload", model);
    }

    /** {@code che-do}: "kiem-tra" checks only, "luu" stores a clean file, "luu-hop-le" stores the valid rows. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> upload(
            HttpRequest<?> request,
            Caller caller,
            @Part("phong-trao") long campaign,
            @Part("ky") String period,
            @Part("loai") String kind,
            @Part("che-do") String mode,
            @Part("file") CompletedFileUpload file)
            throws IOException {
        csrf.verify(request, null);
        BatchKind batchKind = BatchKind.parse(kind).orElseThrow();
        BatchOptions options = new BatchOptions("kiem-tra".equals(mode), "luu-hop-le".equals(mode), false, null);
        Map<String, Object> model = new HashMap<>();
        model.put("mode", mode);
        model.put("fileName", file.getFilename());
        // a file small enough to show is read once into memory, as the upload's stream can be read only once
        byte[] bytes = file.getSize() <= PREVIEW_LIMIT ? file.getBytes() : null;
        List<RowError> errors;
        HttpStatus status = HttpStatus.OK;
        try (InputStream content = bytes != null ? new ByteArrayInputStream(bytes) : file.getInputStream()) {
            BatchReport report = ingest.submit(
                    caller, campaign, batchKind, period, BatchSource.CSV, file.getFilename(), content, options);
            model.put("report", report);
            errors = report.errors();
        } catch (InvalidException e) {
            errors = rowErrors(e);
            // row errors get the page's own wording (the API's points to its JSON member "errors"); a file that
            // cannot be read at all says why, and has no valid rows to offer
            boolean rowsChecked = e.code() == IngestErrorCode.INVALID_BATCH;
            model.put("problem", rowsChecked ? null : e.messageVi());
            model.put("problemEn", rowsChecked ? null : e.messageEn());
            model.put("errorTotal", e.details().getOrDefault("total", errors.size()));
            status = HttpStatus.UNPROCESSABLE_ENTITY;
        }
        model.put("errors", errors);
        if (!errors.isEmpty() && bytes != null) {
            model.put("preview", UploadPreview.of(new ByteArrayInputStream(bytes), errors));
        }
        return HttpResponse.status(status).body(new ModelAndView<>("upload-report :: report", model));
    }

    @Get("/mau/{id}/{kind}.{format}")
    HttpResponse<byte[]> template(
            Caller caller, @PathVariable long id, @PathVariable String kind, @PathVariable String format) {
        Campaign campaign = campaigns.readable(caller, id);
        // a template that does not exist is a page that does not exist
        BatchKind batchKind = BatchKind.parse(kind)
                .filter(k -> TEMPLATE_FORMATS.contains(format))
                .orElseThrow(() -> new NotFoundException(CampaignErrorCode.TEMPLATE_NOT_FOUND, kind + "." + format));
        boolean csv = "csv".equals(format);
        return HttpResponse.ok(csv ? Templates.csv(campaign, batchKind) : Templates.xlsx(campaign, batchKind))
                .contentType(csv ? MediaType.of("text/csv; charset=utf-8") : XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + Templates.fileName(batchKind, csv ? "csv" : "xlsx") + "\"");
    }

    @SuppressWarnings("unchecked")
    private static List<RowError> rowErrors(InvalidException e) {
        Object errors = e.details().get("errors");
        return errors instanceof List<?> list && list.stream().allMatch(RowError.class::isInstance)
                ? (List<RowError>) list
                : List.of();
    }
}
