package dvk.packs;

import dvk.campaigns.CampaignDocument;
import dvk.units.Unit;
import dvk.units.UnitLevel;

import java.util.Locale;

/**
 * Who issues the pack, as printed top-left: the Party committee above, the issuing body below, and the
 * symbol of the document number. The campaign's own header applies when the acting unit is its issuer;
 * otherwise it follows the unit: "HUYỆN ỦY BẢO YÊN / BAN DÂN VẬN", or for a commune "HUYỆN ỦY BẢO YÊN /
 * ĐẢNG ỦY THỊ TRẤN PHỐ RÀNG".
 */
record IssuingBody(String superior, String issuing, String symbol, String place) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static IssuingBody of(Unit unit, Unit parent, long issuerUnitId, CampaignDocument.Document document) {
        if (unit.id() == issuerUnitId && document != null && document.issuingBody() != null) {
            return new IssuingBody(nonNull(document.superiorBody()), document.issuingBody(),
                    nonNull(document.documentSymbol()), nonNull(document.placeName()));
        }
        String place = placeName(unit);
        if (unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.DISTRICT) {
            String committee = committeeOf(unit);
            String symbol = unit.level() == UnitLevel.PROVINCE ? "BC/BDVTU" : "BC/BDV" + initials(committee);
            return new IssuingBody(committee, "BAN DÂN VẬN", symbol, place);
        }
        String superior = parent == null ? "" : committeeOf(parent);
        return new IssuingBody(superior, "ĐẢNG ỦY " + unit.name().toUpperCase(VIETNAMESE), "BC/ĐU",
                place);
    }

    /** Tỉnh ủy, Thành ủy, Huyện ủy, Thị ủy, Quận ủy: the Party committee of a province or district. */
    private static String committeeOf(Unit unit) {
        String type = unit.type();
        String name = placeName(unit).toUpperCase(VIETNAMESE);
        String committee = switch (type) {
            case "Tỉnh" -> "TỈNH ỦY";
            case "Thành phố Trung ương", "Thành phố" -> "THÀNH ỦY";
            case "Huyện" -> "HUYỆN ỦY";
            case "Thị xã" -> "THỊ ỦY";
            case "Quận" -> "QUẬN ỦY";
            default -> "ĐẢNG ỦY " + type.toUpperCase(VIETNAMESE);
        };
        return committee + " " + name;
    }

    /** The name without its type word: "Huyện Bảo Yên" → "Bảo Yên". */
    static String placeName(Unit unit) {
        return unit.name().startsWith(unit.type() + " ") ? unit.name().substring(unit.type().length() + 1)
                : unit.name();
    }

    private static String initials(String committee) {
        return committee.startsWith("HUYỆN") ? "HU" : committee.startsWith("THỊ") ? "TU" : committee.startsWith("QUẬN")
                ? "QU" : "TU";
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
