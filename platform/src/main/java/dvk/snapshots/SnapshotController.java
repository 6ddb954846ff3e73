package dvk.snapshots;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Freezing a campaign period's figures of a unit ("chốt số liệu") and reading the freeze back. */
@Controller("/api/snapshots")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "snapshots")
class SnapshotController {

    private final Snapshots snapshots;

    SnapshotController(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Operation(
            operationId = "takeSnapshot",
            summary = "Freeze the figures of a campaign period for a unit the caller manages")
    @ApiResponse(responseCode = "201", description = "the snapshot, with the SHA-256 of its canonical content")
    @Post
    HttpResponse<SnapshotView> take(@Parameter(hidden = true) Caller caller, @Body SnapshotRequest request) {
        return HttpResponse.created(snapshots.take(caller, request));
    }

    @Operation(operationId = "getSnapshot", summary = "A snapshot the caller may read")
    @ApiResponse(responseCode = "200", description = "the snapshot")
    @Get("/{id}")
    SnapshotView get(@Parameter(hidden = true) Caller caller, @PathVariable long id) {
        return snapshots.get(caller, id);
    }
}
