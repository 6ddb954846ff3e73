package dvk.ingest;

import dvk.access.Caller;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import dvk.http.ApiErrors;
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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "batches")
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
    @Post("/{batch}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "uploadBatch",
            summary = "Checks (dryRun=true) or stores a batch of one form.",
            requestBody =
                    @RequestBody(
                            required = true,
                            description = "the file: as the body (CSV, .xlsx, .xls or"
                                    + " .ods, told apart by content), as JSON rows, or as the multipart field `file`",
                            content = {
                                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(ref = "#/components/schemas/BatchRows")),
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA,
                                        schema = @Schema(ref = "#/components/schemas/BatchFile")),
                                @Content(
                                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                        schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"))
                            }))
    @ApiResponse(
            responseCode = "200",
            description = "a dry run: what the batch would do; nothing is stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchReport.class)))
    @ApiResponse(
            responseCode = "201",
            description = "stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchReport.class)))
    @ApiErrors.Conflict
    @ApiErrors.Upload
    HttpResponse<BatchReport> body(
            HttpRequest<?> request,
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable("batch")
                    @Parameter(
                            description = "the form kind of the new batch: registrations, results or indicators",
                            schema = @Schema(type = "string"))
                    String kind,
            @Nullable @QueryValue String period,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @QueryValue(defaultValue = "false") boolean validOnly,
            @QueryValue(defaultValue = "false") boolean replace,
            @Parameter(hidden = true) @Body InputStream body,
            @Header(HttpHeaders.CONTENT_TYPE) String contentType) {
        BatchSource source = contentType.startsWith(MediaType.APPLICATION_JSON) ? BatchSource.JSON : BatchSource.CSV;
        BatchOptions options = new BatchOptions(dryRun, validOnly, replace, null);
        return created(
                ingest.submit(caller, id, kind(kind), period, source, null, limit.bounded(request, body), options));
    }

    /** Documented with {@link #body}: one operation whatever the body's media type. */
    @Hidden
    @Post("/{batch}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<BatchReport> file(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable("batch") String kind,
            @Nullable @QueryValue String period,
            @QueryValue(defaultValue = "false") boolean dryRun,
            @QueryValue(defaultValue = "false") boolean validOnly,
            @QueryValue(defaultValue = "false") boolean replace,
            @Part("file") CompletedFileUpload file)
            throws IOException {
        String name = file.getFilename();
        try (InputStream content = file.getInputStream()) {
            BatchOptions options = new BatchOptions(dryRun, validOnly, replace, null);
            return created(ingest.submit(caller, id, kind(kind), period, BatchSource.CSV, name, content, options));
        }
    }

    @Get
    @Operation(operationId = "listBatches", summary = "The batches of the campaign the caller may read.")
    List<BatchStore.BatchSummary> list(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return store.list(caller, campaigns.readable(caller, id));
    }

    @Get("/{batch:[0-9]+}")
    @Operation(operationId = "getBatch", summary = "One batch and its report.")
    BatchStore.BatchView get(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable("batch") @Parameter(description = "the batch's id") long batchId) {
        return store.get(caller, campaigns.readable(caller, id), batchId);
    }

    private static HttpResponse<BatchReport> created(BatchReport report) {
        return HttpResponse.status(report.dryRun() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(report);
    }

    static BatchKind kind(String kind) {
        return BatchKind.parse(kind).orElseThrow(() -> new NotFoundException(IngestErrorCode.UNKNOWN_KIND, kind));
    }
}
