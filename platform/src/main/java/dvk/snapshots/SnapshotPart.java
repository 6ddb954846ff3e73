package dvk.snapshots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One frozen piece of a snapshot: a unit's rollup or the annex rows, as canonical JSON text.
 *
 * @param kind {@code rollup}, {@code annex} (the models counted) or {@code registrations} (the pack's annex lines)
 */
record SnapshotPart(String kind, long unitId, String unitCode, String content) {

    /**
     * The snapshot's SHA-256: over each part in order as {@code "<kind> <unit code>\n<content>\n"} in UTF-8,
     * so anyone holding the rows can recompute it.
     */
    static String sha256(List<SnapshotPart> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (SnapshotPart part : parts) {
                digest.update((part.kind + " " + part.unitCode + "\n" + part.content + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
