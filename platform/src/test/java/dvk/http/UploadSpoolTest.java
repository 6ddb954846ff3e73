package dvk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload files a killed service left in its spool folder go at the next start; nothing else there does. */
class UploadSpoolTest {

    @Test
    void leftoverUploadFilesGoAndOtherFilesStay(@TempDir Path dir) throws Exception {
        Path left = Files.writeString(dir.resolve("FUp_1234567890.tmp"), "half a spreadsheet");
        Path other = Files.writeString(dir.resolve("notes.txt"), "kept");
        Files.createDirectory(dir.resolve("FUp_folder"));

        assertEquals(1, new UploadSpool(dir.toString()).clear());

        assertFalse(Files.exists(left), "the leftover upload is gone");
        assertTrue(Files.exists(other), "other files stay");
        assertTrue(Files.isDirectory(dir.resolve("FUp_folder")), "folders stay");
        assertEquals(0, new UploadSpool(dir.resolve("missing").toString()).clear(), "no folder, nothing to do");
    }
}
