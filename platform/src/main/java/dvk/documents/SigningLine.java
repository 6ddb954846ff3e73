package dvk.documents;

import java.util.Locale;

/**
 * Who may sign what, as the Party's rules on documents have it: a Ban's document (BAN DÂN VẬN) is signed by
 * its head, "TRƯỞNG BAN", or by a deputy "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"; "T/M BAN THƯỜNG VỤ" or "T/M ĐẢNG ỦY"
 * belongs to a Party committee's document, signed by its Bí thư or Phó Bí thư; "T/M ỦY BAN NHÂN DÂN" to a
 * People's Committee's, signed by its Chủ tịch.
 */
final class SigningLine {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private SigningLine() {}

    /** The line above the title that a signer of {@code title} writes under {@code issuingBody}, or null. */
    static String onBehalfFor(String issuingBody, String title) {
        String body = upper(issuingBody);
        String signer = upper(title);
        if (isBan(body)) {
            return signer.startsWith("PHÓ") ? "K/T TRƯỞNG BAN" : null;
        }
        if (body.startsWith("ỦY BAN NHÂN DÂN")) {
            return "T/M ỦY BAN NHÂN DÂN";
        }
        return "T/M BAN THƯỜNG VỤ";
    }

    /** Why this signing line does not belong under this issuing body, or null when it does. */
    static DocumentErrorCode mismatch(String issuingBody, String onBehalf, String title) {
        String body = upper(issuingBody);
        String line = onBehalf == null ? "" : upper(onBehalf);
        String signer = upper(title);
        if (isBan(body)) {
            boolean head = line.isEmpty() && signer.equals("TRƯỞNG BAN");
            boolean deputy = line.equals("K/T TRƯỞNG BAN") && signer.startsWith("PHÓ TRƯỞNG BAN");
            return head || deputy ? null : DocumentErrorCode.BAN_SIGNING_LINE;
        }
        if (line.startsWith("T/M BAN THƯỜNG VỤ") || line.startsWith("T/M ĐẢNG ỦY")) {
            return signer.contains("BÍ THƯ") ? null : DocumentErrorCode.COMMITTEE_SIGNING_LINE;
        }
        return null;
    }

    private static boolean isBan(String body) {
        return body.startsWith("BAN ");
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(VIETNAMESE);
    }
}
