package dvk.packs;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
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
import java.util.List;
import java.util.Map;

@Controller("/api/packs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "packs")
class PackController {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Packs packs;

    PackController(Packs packs) {
        this.packs = packs;
    }

    /** Starts generating the pack in the background; poll {@code GET /api/packs/{id}}. */
    @Post
    @Operation(operationId = "requestPack")
    @ApiResponse(
            responseCode = "202",
            description = "queued; `status` is \"done\" when the files are ready",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PackStatus.class)))
    @ApiErrors.Conflict
    HttpResponse<PackStatus> request(@Parameter(hidden = true) Caller caller, @Body PackRequest request) {
        return HttpResponse.accepted().body(packs.request(caller, request));
    }

    @Get("/{id}")
    @Operation(operationId = "getPack", summary = "A pack's status and, once done, its files.")
    PackStatus status(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return packs.status(caller, id);
    }

    /** The latest packs of a unit. */
    @Get
    @Operation(operationId = "recentPacks")
    List<PackStatus> recent(
            @Parameter(hidden = true) Caller caller, @QueryValue String unitCode, @Nullable @QueryValue String on) {
        return packs.recent(caller, unitCode, Days.parse(on));
    }

    /** The whole pack as one ZIP: PDF for printing, DOCX for editing, XLSX annex tables. */
    @Get("/{id}/file")
    @Operation(operationId = "downloadPack")
    @Produces({"application/zip"})
    @ApiResponse(
            responseCode = "200",
            description = "the ZIP, as an attachment",
            content = {
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = ApiErrors.BINARY))
            })
    HttpResponse<byte[]> zip(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        Packs.PackFile zip = packs.zip(caller, id);
        return download(zip.name(), "application/zip", zip.content());
    }

    @Get("/{id}/file/{format}")
    @Operation(operationId = "downloadPackFile", summary = "One file of a done pack: PDF, DOCX or XLSX.")
    @Produces({"application/pdf", ApiErrors.DOCX, ApiErrors.XLSX})
    @ApiResponse(
            responseCode = "200",
            description = "one file of the pack, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                @Content(mediaType = ApiErrors.DOCX, schema = @Schema(type = "string", format = ApiErrors.BINARY)),
                @Content(mediaType = ApiErrors.XLSX, schema = @Schema(type = "string", format = ApiErrors.BINARY))
            })
    HttpResponse<byte[]> file(
            @Parameter(hidden = true) Caller caller,
            @PathVariable long id,
            @Parameter(schema = @Schema(allowableValues = {"pdf", "docx", "xlsx"})) @PathVariable String format) {
        Packs.PackFile file = packs.file(caller, id, format);
        return download(file.name(), CONTENT_TYPES.get(format), file.content());
    }

    private static HttpResponse<byte[]> download(String name, String contentType, byte[] content) {
        return HttpResponse.ok(content)
                .contentType(MediaType.of(contentType))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
