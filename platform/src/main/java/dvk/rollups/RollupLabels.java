package dvk.rollups;

import dvk.ingest.BatchKind;
import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The Vietnamese labels exports and packs print for figures and forms, from {@code i18n/messages_vi.properties}
 * (the pages read the same keys), so a label is written once.
 */
@Singleton
public class RollupLabels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    RollupLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A listed figure's label; its key when the message files lack it. */
    public String figure(Figure figure) {
        return figure.label() == null ? figure.key() : text(figure.label(), figure.key());
    }

    /** A form's label (Đăng ký mô hình, Báo cáo kết quả, Chỉ số đơn vị); the kind itself when unknown. */
    public String form(String kind) {
        return BatchKind.parse(kind).map(k -> text(k.labelKey(), kind)).orElse(kind);
    }

    /** The label of {@code key}; a missing key is a defect of the message files, not of the data. */
    public String text(String key) {
        return messages.getMessage(key, VIETNAMESE)
                .orElseThrow(() -> new IllegalStateException("no message " + key + " in i18n/messages_vi.properties"));
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, VIETNAMESE).orElse(fallback);
    }
}
