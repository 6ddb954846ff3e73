package dvk.packs;

import dvk.access.Caller;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.util.List;
import java.util.Map;

@Controller("/api/packs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
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
    HttpResponse<PackStatus> request(Caller caller, @Body PackRequest request) {
        return HttpResponse.accepted().body(packs.request(caller, request));
    }

    @Get("/{id}")
    PackStatus status(Caller caller, @PathVariable long id) {
        return packs.status(caller, id);
    }

    /** The latest packs of a unit. */
    @Get
    List<PackStatus> recent(Caller caller, @QueryValue String unitCode, @Nullable @QueryValue String on) {
        return packs.recent(caller, unitCode, Days.parse(on));
    }

    /** The whole pack as one ZIP: PDF for printing, DOCX for editing, XLSX annex tables. */
    @Get("/{id}/file")
    HttpResponse<byte[]> zip(Caller caller, @PathVariable long id) {
        Packs.PackFile zip = packs.zip(caller, id);
        return download(zip.name(), "application/zip", zip.content());
    }

    @Get("/{id}/file/{format}")
    HttpResponse<byte[]> file(Caller caller, @PathVariable long id, @PathVariable String format) {
        Packs.PackFile file = packs.file(caller, id, format);
        return download(file.name(), CONTENT_TYPES.get(format), file.content());
    }

    private static HttpResponse<byte[]> download(String name, String contentType, byte[] content) {
        return HttpResponse.ok(content).contentType(MediaType.of(contentType))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
