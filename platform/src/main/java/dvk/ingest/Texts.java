package dvk.ingest;

import java.text.Normalizer;

/** Text as DVK stores it (NFC, trimmed) and as it compares it (no case, no diacritics, single spaces). */
final class Texts {

    private Texts() {
    }

    /** NFC and trimmed; null for blank, so an empty cell and a missing one mean the same. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC) ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * The comparison key: "Tên tập thể, cá nhân" and "ten_tap_the_ca_nhan" both become "ten tap the ca nhan".
     * Vietnamese đ is a letter of its own in Unicode, not d with a mark, so it is mapped explicitly.
     */
    static String key(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }
}
