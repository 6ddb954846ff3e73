package dvk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * What the environment asks for at start: an external database or the embedded one in the data folder,
 * whether to load the demo, and the secret that signs login tokens.
 */
record StartupSettings(boolean externalDatabase, Path dataDirectory, boolean demo, String jwtSecret) {

    static StartupSettings from(Map<String, String> env) {
        boolean external = notBlank(env.get("DATASOURCES_DEFAULT_URL"));
        Path dataDirectory = Path.of(notBlank(env.get("DVK_DATA_DIR")) ? env.get("DVK_DATA_DIR") : "data");
        if (!external) {
            createDataDirectory(dataDirectory);
        }
        // demo passwords never reach an external database unless asked for
        boolean demo = notBlank(env.get("DVK_DEMO")) ? Boolean.parseBoolean(env.get("DVK_DEMO")) : !external;
        String secret = notBlank(env.get("DVK_JWT_SECRET"))
                ? env.get("DVK_JWT_SECRET")
                : external ? randomSecret() : secretKeptIn(dataDirectory.resolve("jwt-secret"));
        return new StartupSettings(external, dataDirectory, demo, secret);
    }

    Map<String, Object> properties() {
        return Map.of(
                "dvk.demo", demo,
                "dvk.jwt-secret-from-environment", !externalDatabase || jwtSecretFromEnvironment(),
                "micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret);
    }

    private boolean jwtSecretFromEnvironment() {
        return notBlank(System.getenv("DVK_JWT_SECRET"));
    }

    /**
     * Every instance started on the same data folder signs with the same key, so tokens survive restarts. Whoever
     * reads the key can sign an administrator's token, so only the service's own account may: the file is 0600 in
     * a folder of 0700, and a key left readable by an older version is tightened at start.
     */
    private static String secretKeptIn(Path file) {
        try {
            if (Files.exists(file)) {
                OwnerOnly.restrict(file);
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String secret = randomSecret();
            OwnerOnly.createFile(file);
            Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the token secret in " + file, e);
        }
    }

    /** The embedded database and the key live here; nobody but the service's account has business inside. */
    private static void createDataDirectory(Path folder) {
        try {
            OwnerOnly.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder " + folder, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
