package dvk.reports.body;

import dvk.reports.pack.Freeze;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers, dates and comparisons written the way Vietnamese official documents write them. */
public final class VietnameseText {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private VietnameseText() {}

    /** "1.250.000": Vietnamese groups thousands with dots. */
    public static String number(long value) {
        return integerFormat().format(value);
    }

    /** "95,5%" with a decimal comma; whole values print without decimals. */
    public static String percent(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", symbols());
        return format.format(value) + "%";
    }

    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /** "Lào Cai, ngày 15 tháng 6 năm 2023"; days below 10 and months 1–2 take a leading zero (Decree 30/2020). */
    public static String placeAndDate(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dayText = day < 10 ? "0" + day : Integer.toString(day);
        String monthText = month < 3 ? "0" + month : Integer.toString(month);
        return place + ", ngày " + dayText + " tháng " + monthText + " năm " + date.getYear();
    }

    /** The data line of a pack made from a freeze: "Số liệu chốt ngày 15/06/2026 (mã 12-3f9a2c1b)". */
    public static String frozen(Freeze freeze) {
        return "Số liệu chốt ngày " + SHORT_DATE.format(freeze.day()) + " (mã " + freeze.code() + ")";
    }

    /** The footer line telling which data the pack was built from, in Vietnam time. */
    public static String dataTime(Instant asOf) {
        return "Số liệu tính đến " + DATA_TIME.format(asOf.atZone(VIETNAM));
    }

    /** "tăng 12 mô hình so với cùng kỳ", "giảm 3 mô hình so với cùng kỳ", "bằng cùng kỳ"; empty when there is nothing to compare. */
    public static String change(long current, Long previous, String unitWord) {
        if (previous == null) {
            return "";
        }
        long delta = current - previous;
        if (delta == 0) {
            return "bằng cùng kỳ";
        }
        String suffix = unitWord.isEmpty() ? "" : " " + unitWord;
        return (delta > 0 ? "tăng " : "giảm ") + number(Math.abs(delta)) + suffix + " so với cùng kỳ";
    }

    /** The same as {@link #change} but wrapped as " (tăng …)" to follow a figure, or empty. */
    public static String changeInParentheses(long current, Long previous, String unitWord) {
        String change = change(current, previous, unitWord);
        return change.isEmpty() ? "" : " (" + change + ")";
    }

    private static DecimalFormat integerFormat() {
        return new DecimalFormat("#,##0", symbols());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }
}
