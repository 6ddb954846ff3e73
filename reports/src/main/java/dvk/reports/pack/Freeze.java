package dvk.reports.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The freeze ("chốt số liệu") a pack was made from: its code and day, and the figures that changed after it, by
 * unit; printed as the data line and as the section "Số liệu cập nhật sau ngày chốt".
 */
public record Freeze(String code, LocalDate day, List<Update> updates) {

    public Freeze {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(day, "day");
        updates = List.copyOf(updates);
    }

    /** One unit whose figures changed after the freeze: each change as "Tổng số mô hình: 2 → 3". */
    public record Update(String unitName, List<String> changes) {

        public Update {
            changes = List.copyOf(changes);
        }
    }
}
