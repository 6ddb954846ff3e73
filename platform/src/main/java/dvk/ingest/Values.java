package dvk.ingest;

import java.math.BigDecimal;

/** Parsing of typed cells as Vietnamese offices type them. */
final class Values {

    /** Thrown for a cell that does not parse; the caller turns it into a row error for its column. */
    static final class BadValue extends Exception {
        BadValue() {
            super(null, null, false, false);
        }
    }

    private static final BadValue BAD = new BadValue();

    private Values() {}

    /**
     * A non-negative whole number; "1.500.000", "1 500 000" and "1,500,000" are thousands separators as
     * long as every group after the first has three digits. Blank is null.
     */
    static Long count(String value) throws BadValue {
        if (value == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(value.length());
        int group = -1;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (group >= 0) {
                    group++;
                }
            } else if ((c == '.' || c == ',' || c == ' ' || c == '\u00a0')
                    && digits.length() > 0
                    && (group < 0 || group == 3)) {
                group = 0;
            } else {
                throw BAD;
            }
        }
        if (digits.isEmpty() || (group >= 0 && group != 3) || digits.length() > 15) {
            throw BAD;
        }
        return Long.parseLong(digits.toString());
    }

    /** A percentage 0–100 with "," or "." as the decimal mark and an optional "%". */
    static BigDecimal percent(String value) throws BadValue {
        if (value == null) {
            return null;
        }
        String number = value.replace("%", "").strip().replace(',', '.');
        try {
            BigDecimal pct = new BigDecimal(number);
            if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2) {
                throw BAD;
            }
            return pct;
        } catch (NumberFormatException e) {
            throw BAD;
        }
    }

    /** "1" or "x" marks a field; blank does not; anything else is a mistake worth reporting. */
    static boolean mark(String value) throws BadValue {
        if (value == null) {
            return false;
        }
        String key = Texts.key(value);
        if (key.equals("1") || key.equals("x")) {
            return true;
        }
        if (key.equals("0")) {
            return false;
        }
        throw BAD;
    }

    static String registrantType(String value) {
        return switch (Texts.key(value)) {
            case "tap the", "collective" -> "collective";
            case "ca nhan", "individual" -> "individual";
            default -> null;
        };
    }

    static String status(String value) {
        return switch (Texts.key(value)) {
            case "", "moi", "new", "mo hinh moi" -> "new";
            case "tiep tuc", "continued", "tiep tuc thuc hien" -> "continued";
            case "nhan rong", "replicated", "duoc nhan rong" -> "replicated";
            default -> null;
        };
    }

    static String rating(String value) {
        return switch (Texts.key(value)) {
            case "cao", "high" -> "high";
            case "kha", "good" -> "good";
            case "trung binh", "average" -> "average";
            case "chua dat", "poor" -> "poor";
            default -> null;
        };
    }
}
