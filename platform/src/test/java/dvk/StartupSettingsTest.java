package dvk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 1: "$DVK_DATA_DIR/jwt-secret is mode 0644": any local account could sign an admin token. */
class StartupSettingsTest {

    @Test
    void theTokenKeyIsReadableByTheServiceAloneInAFolderNobodyElseEnters(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");

        StartupSettings.from(Map.of("DVK_DATA_DIR", data.toString()));

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("jwt-secret"))));
    }

    @Test
    void aKeyLeftReadableByAnOlderVersionIsTightenedAndKept(@TempDir Path work) throws Exception {
        Path key = work.resolve("jwt-secret");
        Files.writeString(key, "an-old-secret-that-is-long-enough-for-hs256");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        StartupSettings settings = StartupSettings.from(Map.of("DVK_DATA_DIR", work.toString()));

        assertEquals("an-old-secret-that-is-long-enough-for-hs256", settings.jwtSecret());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }
}
