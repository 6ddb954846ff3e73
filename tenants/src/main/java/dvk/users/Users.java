package dvk.users;

import dvk.access.Caller;
import dvk.access.Role;
import dvk.access.UnitAccess;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.errors.TenantErrorCode;
import dvk.units.Unit;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Creating users, checking passwords, and turning a logged-in username into a {@link Caller}. */
@Singleton
public class Users {

    private static final int MIN_PASSWORD_LENGTH = 8;
    /** The prefix of the names managers create; see {@link #create}. */
    private static final Pattern UNIT_PREFIXED = Pattern.compile("[0-9]+\\.");

    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final UnitAccess unitAccess;

    public Users(UserRepository repository, PasswordHasher hasher, UnitAccess unitAccess) {
        this.repository = repository;
        this.hasher = hasher;
        this.unitAccess = unitAccess;
    }

    /**
     * The user if the password matches and the user is enabled; the same amount of work whether or not the user
     * exists, and the same answer for a disabled user as for a wrong password.
     */
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = repository.findByUsername(username);
        if (user.isEmpty()) {
            hasher.burnTimeOfOneCheck(password);
            return Optional.empty();
        }
        return user.filter(u -> hasher.matches(password, u.passwordHash())).filter(User::enabled);
    }

    /** Logout: every token of the user, on every device, is refused from now on. */
    public void endSessions(Caller caller) {
        repository.endSessions(caller.userId());
    }

    public Optional<Caller> caller(String username) {
        return repository.findByUsername(username).map(User::caller);
    }

    /** The user as they are now, for work done on their behalf later (a pack job resumed after a restart). */
    public Optional<Caller> enabledCaller(long userId) {
        return repository.findById(userId).filter(User::enabled).map(User::caller);
    }

    /**
     * Creates a user at a unit the creator may manage; an administrator may create anyone, a manager
     * users of lower roles within their subtree. A manager's new login name is prefixed with the code of the
     * manager's own unit ("085.nguyenvana"): usernames are one namespace for the whole country, and a "taken"
     * answer for a name used in another province told the manager it exists there. Under the prefix a name can
     * only have been created by a manager of the same unit for a unit of its subtree, which the manager sees
     * anyway; nobody may type such a prefix themselves.
     * The unit is the one in force on {@code unitOn}; without it the code must name one unit only (codes repeat
     * across the structures before and after 1/7/2025).
     */
    public User create(Caller creator, NewUser request, @Nullable LocalDate unitOn) {
        validate(request);
        String username = creator.isAdmin()
                ? request.username().trim()
                : unitAccess.readable(creator, creator.unitId()).code() + "."
                        + request.username().trim();
        Role role = Role.parse(request.role());
        Unit unit = null;
        if (role != Role.ADMIN) {
            if (request.unitCode() == null || request.unitCode().isBlank()) {
                throw new InvalidException(TenantErrorCode.INVALID_USER, "unitCode");
            }
            unit = unitAccess.managedUnambiguous(creator, request.unitCode().trim(), unitOn);
        }
        if (!creator.isAdmin() && (role.atLeast(creator.role()))) {
            throw new InvalidException(TenantErrorCode.INVALID_USER, "role");
        }
        long id = repository.insert(
                username,
                request.displayName() == null
                        ? request.username().trim()
                        : request.displayName().trim(),
                role,
                unit == null ? null : unit.provinceId(),
                unit == null ? null : unit.id(),
                hasher.hash(request.password()));
        if (id < 0) {
            throw new ConflictException(TenantErrorCode.USERNAME_TAKEN, username);
        }
        return repository.findByUsername(username).orElseThrow();
    }

    /** Creates the user unless the username exists; for first-start seeding. */
    public void createIfMissing(String username, String displayName, Role role, Unit unit, String password) {
        repository.insert(
                username,
                displayName,
                role,
                unit == null ? null : unit.provinceId(),
                unit == null ? null : unit.id(),
                hasher.hash(password));
    }

    /** Sets a new password; the user's existing sessions end (see {@link UserRepository#updatePassword}). */
    public void resetPassword(Caller admin, String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidException(TenantErrorCode.INVALID_USER, "password");
        }
        User user = managed(admin, username);
        repository.updatePassword(user.username(), hasher.hash(password));
    }

    /**
     * Changes a user's role or disables them (null leaves a value as it is); either ends the user's sessions. A
     * manager gives only roles below their own, like at creation.
     */
    public User changeAccess(Caller admin, String username, UserAccessChange change) {
        User user = managed(admin, username);
        Role role = user.role();
        if (change.role() != null) {
            try {
                role = Role.parse(change.role());
            } catch (RuntimeException e) {
                throw new InvalidException(TenantErrorCode.INVALID_USER, "role");
            }
            // an administrator has no unit and a unit user cannot become one (app_user's check)
            if ((role == Role.ADMIN) != (user.role() == Role.ADMIN)
                    || (!admin.isAdmin() && role.atLeast(admin.role()))) {
                throw new InvalidException(TenantErrorCode.INVALID_USER, "role");
            }
        }
        boolean enabled = change.enabled() == null ? user.enabled() : change.enabled();
        repository.updateAccess(user.username(), role, enabled);
        return repository.findByUsername(user.username()).orElseThrow();
    }

    /** A user the caller may manage; anyone else does not exist for them. */
    private User managed(Caller admin, String username) {
        return repository
                .findByUsername(username, admin.readScope())
                .filter(u -> admin.isAdmin()
                        || admin.role().atLeast(Role.MANAGER) && !u.role().atLeast(admin.role()))
                .orElseThrow(() -> new NotFoundException(TenantErrorCode.USER_NOT_FOUND, username));
    }

    private static void validate(NewUser request) {
        if (request.username() == null
                || !request.username().trim().matches("[A-Za-z0-9._-]{2,64}")
                || UNIT_PREFIXED.matcher(request.username().trim()).lookingAt()) {
            throw new InvalidException(TenantErrorCode.INVALID_USER, "username");
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidException(TenantErrorCode.INVALID_USER, "password");
        }
        try {
            Role.parse(request.role());
        } catch (RuntimeException e) {
            throw new InvalidException(TenantErrorCode.INVALID_USER, "role");
        }
    }
}
