package dvk.snapshots;

import dvk.rollups.Rollup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** What changed in a unit's figures between a freeze and now, each as "Tổng số mô hình: 2 → 3". */
final class SnapshotDifferences {

    private static final Map<String, ToLongFunction<Rollup.Totals>> FIGURES = figures();

    private SnapshotDifferences() {}

    static List<String> between(Rollup frozen, Rollup now) {
        List<String> changes = new ArrayList<>();
        FIGURES.forEach((label, figure) ->
                add(changes, label, figure.applyAsLong(frozen.totals()), figure.applyAsLong(now.totals())));
        Map<String, Rollup.FieldCount> before = byCode(frozen.totals().byField());
        for (Rollup.FieldCount field : now.totals().byField()) {
            Rollup.FieldCount then = before.get(field.code());
            add(changes, "Lĩnh vực " + field.name(), then == null ? 0 : then.models(), field.models());
        }
        return changes;
    }

    private static Map<String, Rollup.FieldCount> byCode(List<Rollup.FieldCount> fields) {
        Map<String, Rollup.FieldCount> byCode = new LinkedHashMap<>();
        fields.forEach(f -> byCode.put(f.code(), f));
        return byCode;
    }

    private static void add(List<String> changes, String label, long before, long after) {
        if (before != after) {
            changes.add(label + ": " + before + " → " + after);
        }
    }

    private static Map<String, ToLongFunction<Rollup.Totals>> figures() {
        Map<String, ToLongFunction<Rollup.Totals>> figures = new LinkedHashMap<>();
        figures.put("Tổng số mô hình", Rollup.Totals::models);
        figures.put("Tập thể", Rollup.Totals::collective);
        figures.put("Cá nhân", Rollup.Totals::individual);
        figures.put("Mô hình mới", Rollup.Totals::statusNew);
        figures.put("Tiếp tục", Rollup.Totals::statusContinued);
        figures.put("Nhân rộng", Rollup.Totals::statusReplicated);
        figures.put("Đã đánh giá", Rollup.Totals::reviewed);
        figures.put("Hiệu quả cao", Rollup.Totals::ratingHigh);
        figures.put("Khá", Rollup.Totals::ratingGood);
        figures.put("Trung bình", Rollup.Totals::ratingAverage);
        figures.put("Chưa đạt", Rollup.Totals::ratingPoor);
        figures.put("Số hộ", Rollup.Totals::households);
        figures.put("Số người", Rollup.Totals::people);
        figures.put("Kinh phí huy động (đồng)", Rollup.Totals::fundsVnd);
        figures.put("Công trình, phần việc", Rollup.Totals::works);
        return figures;
    }
}
