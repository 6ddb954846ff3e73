package dvk.users;

import dvk.access.Caller;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.http.ApiErrors;
import dvk.http.Days;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrators manage every user; managers the users of their subtree below their own role. */
@Controller("/api/users")
@Secured({"admin", "manager"})
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@ApiErrors
@Tag(name = "users")
class UserController {

    private final Users users;
    private final UserRepository repository;

    private final Audit audit;

    UserController(Users users, UserRepository repository, Audit audit) {
        this.audit = audit;
        this.users = users;
        this.repository = repository;
    }

    @Get
    @Operation(operationId = "listUsers", summary = "The users the caller manages.")
    List<UserView> list(@Parameter(hidden = true) Caller caller) {
        return repository.inScope(caller.readScope()).stream().map(UserView::of).toList();
    }

    /** {@code on=YYYY-MM-DD} picks the unit in force that day when its code was used by several units. */
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "createUser")
    @ApiErrors.Conflict
    UserView create(@Parameter(hidden = true) Caller caller, @Body NewUser request, @Nullable @QueryValue String on) {
        UserView created = UserView.of(users.create(caller, request, Days.parse(on)));
        record(caller, created.username(), "user.create", Map.of("role", request.role()));
        return created;
    }

    @Put("/{username}/password")
    @Operation(operationId = "resetPassword", summary = "Sets a user's password.")
    @ApiResponse(responseCode = "204", description = "the password is changed; the user's sessions end")
    HttpResponse<Void> resetPassword(
            @Parameter(hidden = true) Caller caller, @PathVariable String username, @Body PasswordReset reset) {
        users.resetPassword(caller, username, reset.password());
        record(caller, username, "user.password-reset", Map.of());
        return HttpResponse.noContent();
    }

    /** {@code {"role": "viewer"}} or {@code {"enabled": false}}: the user's current sessions end at once. */
    @Patch("/{username}")
    @Operation(operationId = "changeAccess")
    UserView changeAccess(
            @Parameter(hidden = true) Caller caller, @PathVariable String username, @Body UserAccessChange change) {
        UserView changed = UserView.of(users.changeAccess(caller, username, change));
        Map<String, Object> details = new LinkedHashMap<>();
        if (change.role() != null) {
            details.put("role", change.role());
        }
        if (change.enabled() != null) {
            details.put("enabled", change.enabled());
        }
        record(caller, username, "user.access-change", details);
        return changed;
    }

    private void record(Caller caller, String username, String action, Map<String, Object> details) {
        users.caller(username).ifPresent(account -> audit.record(AuditEntry.onUser(caller, account, action, details)));
    }
}
