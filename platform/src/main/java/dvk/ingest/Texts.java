package dvk.ingest;

import java.text.Normalizer;

/** Text as DVK stores it (NFC, trimmed) and as it compares it (no case, no diacritics, single spaces). */
final class Texts {

    private Texts() {}

    /** NFC and trimmed; null for blank, so an empty cell and a missing one mean the same. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return composed(trimmed) || Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
                ? trimmed
                : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * False for text PostgreSQL cannot store or UTF-8 cannot encode: a NUL, or half of a surrogate pair (JSON's
     * {@code "\\ud800"}, or a broken {@code _xD800_} escape in an .xlsx).
     */
    static boolean storable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when every character is one NFC keeps as it is: below the combining marks (U+0300) or a precomposed
     * letter of Latin Extended Additional (U+1E00–U+1EFF, where Vietnamese ạ…ỹ live). Almost every cell passes
     * this cheap test; the full check cost more than all the rest of reading a row.
     */
    private static boolean composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The comparison key: "Tên tập thể, cá nhân" and "ten_tap_the_ca_nhan" both become "ten tap the ca nhan".
     * Vietnamese đ is a letter of its own in Unicode, not d with a mark, so it is mapped explicitly.
     */
    static String key(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char folded = c < FOLDED.length ? FOLDED[c] : fold(c);
            if (folded == MARK) {
                continue;
            }
            if (folded == SEPARATOR) {
                space = true;
                continue;
            }
            if (space && key.length() > 0) {
                key.append(' ');
            }
            key.append(folded);
            space = false;
        }
        return key.toString();
    }

    private static final char SEPARATOR = 0;
    private static final char MARK = '\uFFFF';

    /**
     * The key character of each character below U+1F00, where Vietnamese lives: the letter or digit without its
     * marks, in lower case; {@link #MARK} for a combining mark, dropped; {@link #SEPARATOR} for anything else.
     * Worked out once from the Unicode decompositions, so keys cost no normalizer call per cell.
     */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = fold(c);
        }
    }

    private static char fold(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return MARK;
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        return Character.toLowerCase(
                Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
    }
}
