package dvk.units;

import java.util.Locale;

public enum UnitLevel {
    PROVINCE("Tỉnh / thành phố"),
    DISTRICT("Quận / huyện / thị xã"),
    COMMUNE("Xã / phường / thị trấn"),
    VILLAGE("Thôn / tổ dân phố"),
    AGENCY("Cơ quan / đoàn thể");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnitLevel fromSql(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
