package dvk.users;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record PasswordReset(String password) {}
