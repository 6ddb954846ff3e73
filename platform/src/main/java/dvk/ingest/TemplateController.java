package dvk.ingest;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import dvk.http.ApiErrors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/campaigns/{id}/templates/registrations.csv} (or .xlsx; results, indicators alike). */
@Controller("/api/campaigns/{id}/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "batches")
class TemplateController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;

    TemplateController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Get("/{kind}.{format}")
    @Produces({"text/csv", XLSX})
    @Operation(operationId = "downloadTemplate", summary = "An empty file of the form, with the campaign's fields.")
    @ApiResponse(
            responseCode = "200",
            description = "the template, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = ApiErrors.BINARY))
            })
    HttpResponse<byte[]> template(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @PathVariable String kind,
            @Parameter(schema = @Schema(allowableValues = {"csv", "xlsx"})) @PathVariable String format) {
        Campaign campaign = campaigns.readable(caller, id);
        BatchKind batchKind = BatchController.kind(kind);
        String name = Templates.fileName(batchKind, format);
        return switch (format) {
            case "csv" -> download(Templates.csv(campaign, batchKind), "text/csv; charset=utf-8", name);
            case "xlsx" -> download(Templates.xlsx(campaign, batchKind), XLSX, name);
            default -> throw new NotFoundException(IngestErrorCode.UNKNOWN_KIND, kind + "." + format);
        };
    }

    private static HttpResponse<byte[]> download(byte[] body, String type, String name) {
        return HttpResponse.ok(body)
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
