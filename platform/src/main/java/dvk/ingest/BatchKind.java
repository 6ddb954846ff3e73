package dvk.ingest;

import java.util.Locale;
import java.util.Optional;

/** The three forms a batch can carry; the name is the one used in URLs and in the {@code batch.kind} column. */
public enum BatchKind {
    REGISTRATIONS,
    RESULTS,
    INDICATORS;

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its label in {@code i18n/messages_*.properties}: Đăng ký mô hình, Báo cáo kết quả, Chỉ số đơn vị. */
    public String labelKey() {
        return "kind." + sqlName();
    }

    public static Optional<BatchKind> parse(String value) {
        for (BatchKind kind : values()) {
            if (kind.sqlName().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
