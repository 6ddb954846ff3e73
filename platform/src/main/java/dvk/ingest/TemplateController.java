package dvk.ingest;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.NotFoundException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** {@code GET /api/campaigns/{id}/templates/registrations.csv} (or .xlsx; results, indicators alike). */
@Controller("/api/campaigns/{id}/templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearer")
class TemplateController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;

    TemplateController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Get("/{kind}.{format}")
    HttpResponse<byte[]> template(Caller caller, @PathVariable long id, @PathVariable String kind,
                                  @PathVariable String format) {
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
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
