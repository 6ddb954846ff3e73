package dvk.ingest;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The forms a batch can carry; the name is the one used in URLs, in the {@code batch.kind} and
 * {@code submission.kind} columns and in the rows keyed by kind ({@code campaign_period_due},
 * {@code rollup_tree_form}). Each kind carries its form, its due date in a period, its label and the name of
 * its template file: what a new kind adds (docs/extending.md).
 */
public enum BatchKind {
    REGISTRATIONS(RegistrationForm::new, "mau-dang-ky-mo-hinh"),
    RESULTS(campaign -> new ResultForm(), "mau-bao-cao-ket-qua"),
    INDICATORS(campaign -> new IndicatorForm(), "mau-chi-so-don-vi");

    private final Function<Campaign, Form> form;
    private final String templateName;

    BatchKind(Function<Campaign, Form> form, String templateName) {
        this.form = form;
        this.templateName = templateName;
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of its label in {@code i18n/messages_*.properties}: Đăng ký mô hình, Báo cáo kết quả, Chỉ số đơn vị. */
    public String labelKey() {
        return "kind." + sqlName();
    }

    /** The day the form is due in {@code period}; null when it is not due then. */
    @Nullable
    public LocalDate dueIn(CampaignDocument.Period period) {
        return period.dueByKind().get(sqlName());
    }

    /** The form that reads and stores a batch of this kind for {@code campaign}. */
    Form form(Campaign campaign) {
        return form.apply(campaign);
    }

    /** The template download's name, Vietnamese folded to ASCII, without extension. */
    String templateName() {
        return templateName;
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
