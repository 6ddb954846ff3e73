package dvk.ingest;

import dvk.access.Caller;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Batches of a campaign: the file as the request body or as multipart field {@code file} (.csv, .xlsx, .xls or
 * .ods, whatever its name), or JSON. The body is streamed into the database, never held whole in memory.
 */
@Controller("/api/campaigns/{id}/batches")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class BatchController {

    private final Ingest ingest;
    private final BatchStore store;
    private final Campaigns campaigns;
    private final BodyLimit limit;

    BatchController(Ingest ingest, BatchStore store, Campaigns campaigns, BodyLimit limit) {
        this.ingest = ingest;
        this.store = store;
        this.campaigns = campaigns;
        this.limit = limit;
    }

    /**
     * The file as the request body, streamed as it arrives: JSON rows, or else a CSV, .xlsx, .xls or .ods file,
     * told apart by its content.
     */
    @Post("/{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    HttpResponse<BatchReport> body(HttpRequest<?> request, Caller caller, @PathVariable long id,
                                   @PathVariable String kind,
                                   @Nullable @QueryValue String period, @QueryValue(defaultValue = "false") boolean dryRun,
                                   @QueryValue(defaultValue = "false") boolean validOnly,
                                   @QueryValue(defaultValue = "false") boolean replace, @Body InputStream body,
                                   @Header(HttpHeaders.CONTENT_TYPE) String contentType) {
        BatchSource source = contentType.startsWith(MediaType.APPLICATION_JSON) ? BatchSource.JSON : BatchSource.CSV;
        BatchOptions options = new BatchOptions(dryRun, validOnly, replace, null);
        return created(ingest.submit(caller, id, kind(kind), period, source, null, limit.bounded(request, body),
                options));
    }

    @Post("/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<BatchReport> file(Caller caller, @PathVariable long id, @PathVariable String kind,
                                   @Nullable @QueryValue String period, @QueryValue(defaultValue = "false") boolean dryRun,
                                   @QueryValue(defaultValue = "false") boolean validOnly,
                                   @QueryValue(defaultValue = "false") boolean replace,
                                   @Part("file") CompletedFileUpload file) throws IOException {
        String name = file.getFilename();
        try (InputStream content = file.getInputStream()) {
            BatchOptions options = new BatchOptions(dryRun, validOnly, replace, null);
            return created(ingest.submit(caller, id, kind(kind), period, BatchSource.CSV, name, content, options));
        }
    }

    @Get
    List<BatchStore.BatchSummary> list(Caller caller, @PathVariable long id) {
        return store.list(caller, campaigns.readable(caller, id));
    }

    @Get("/{batchId:[0-9]+}")
    BatchStore.BatchView get(Caller caller, @PathVariable long id, @PathVariable long batchId) {
        return store.get(caller, campaigns.readable(caller, id), batchId);
    }

    private static HttpResponse<BatchReport> created(BatchReport report) {
        return HttpResponse.status(report.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }

    static BatchKind kind(String kind) {
        return BatchKind.parse(kind).orElseThrow(() -> new NotFoundException(IngestErrorCode.UNKNOWN_KIND, kind));
    }
}
