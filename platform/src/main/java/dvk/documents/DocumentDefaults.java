package dvk.documents;

import dvk.units.Unit;
import dvk.units.UnitLevel;
import dvk.units.UnitListLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The profile a unit's documents carry until its manager saves one, following the seeds: a province's or a
 * district's report is issued by its BAN DÂN VẬN under the Tỉnh ủy or Huyện ủy and signed "TRƯỞNG BAN"; a
 * commune's by its ĐẢNG ỦY under the Party organisation above and signed "T/M BAN THƯỜNG VỤ / BÍ THƯ". The
 * recipients follow the structure of the day: districts below a province until 30 June 2025, communes since.
 */
final class DocumentDefaults {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DocumentDefaults() {}

    static DocumentProfile of(Unit unit, Unit parent, LocalDate day) {
        String place = placeName(unit);
        if (unit.level() == UnitLevel.PROVINCE) {
            String committee = committeeOf(unit);
            return new DocumentProfile(
                    committee,
                    "BAN DÂN VẬN",
                    "BC/BDVTU",
                    place,
                    null,
                    "TRƯỞNG BAN",
                    "",
                    List.of(
                            "Ban Dân vận Trung ương (để b/c)",
                            "Thường trực " + title(committee) + " (để b/c)",
                            day.isBefore(UnitListLoader.TWO_LEVEL_FROM)
                                    ? "Ban Dân vận các huyện ủy, thị ủy, thành ủy"
                                    : "Các đảng ủy xã, phường",
                            "Lưu VT"),
                    false);
        }
        if (unit.level() == UnitLevel.DISTRICT) {
            String committee = committeeOf(unit);
            return new DocumentProfile(
                    committee,
                    "BAN DÂN VẬN",
                    "BC/BDV" + initials(committee),
                    place,
                    null,
                    "TRƯỞNG BAN",
                    "",
                    List.of(
                            parent == null
                                    ? "Ban Dân vận Tỉnh ủy (để b/c)"
                                    : "Ban Dân vận " + title(committeeOf(parent)) + " (để b/c)",
                            "Thường trực " + title(committee) + " (để b/c)",
                            "Các đảng ủy xã, thị trấn",
                            "Lưu VT"),
                    false);
        }
        String superior = parent == null ? "" : "ĐẢNG BỘ " + parent.name().toUpperCase(VIETNAMESE);
        String above = parent == null
                ? "Ban Dân vận cấp trên (để b/c)"
                : "Ban Dân vận " + title(committeeOf(parent)) + " (để b/c)";
        return new DocumentProfile(
                superior,
                "ĐẢNG ỦY " + unit.name().toUpperCase(VIETNAMESE),
                "BC/ĐU",
                place,
                "T/M BAN THƯỜNG VỤ",
                "BÍ THƯ",
                "",
                List.of(above, "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"),
                false);
    }

    /** Tỉnh ủy, Thành ủy, Huyện ủy, Thị ủy, Quận ủy: the Party committee of a province or district. */
    static String committeeOf(Unit unit) {
        String name = placeName(unit).toUpperCase(VIETNAMESE);
        String committee = switch (unit.type()) {
            case "Tỉnh" -> "TỈNH ỦY";
            case "Thành phố Trung ương", "Thành phố" -> "THÀNH ỦY";
            case "Huyện" -> "HUYỆN ỦY";
            case "Thị xã" -> "THỊ ỦY";
            case "Quận" -> "QUẬN ỦY";
            default -> "ĐẢNG ỦY " + unit.type().toUpperCase(VIETNAMESE);
        };
        return committee + " " + name;
    }

    /** The name without its type word: "Huyện Bảo Yên" → "Bảo Yên". */
    static String placeName(Unit unit) {
        return unit.name().startsWith(unit.type() + " ")
                ? unit.name().substring(unit.type().length() + 1)
                : unit.name();
    }

    /** "TỈNH ỦY LÀO CAI" → "Tỉnh ủy Lào Cai": inside a line of "Nơi nhận" a committee is not in capitals. */
    private static String title(String committee) {
        String[] words = committee.toLowerCase(VIETNAMESE).split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean keepLower = i == 1 && "ủy".equals(word);
            out.append(i == 0 ? "" : " ")
                    .append(
                            keepLower || word.isEmpty()
                                    ? word
                                    : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1));
        }
        return out.toString();
    }

    private static String initials(String committee) {
        return committee.startsWith("HUYỆN")
                ? "HU"
                : committee.startsWith("THỊ") ? "TU" : committee.startsWith("QUẬN") ? "QU" : "TU";
    }
}
