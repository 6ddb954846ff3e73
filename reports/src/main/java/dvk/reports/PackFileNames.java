package dvk.reports;

import dvk.reports.pack.ReportPack;
import java.text.Normalizer;
import java.util.Locale;

/** ASCII file names for a pack, e.g. "so-ket-6-thang-2023-H1-tinh-lao-cai", safe in any zip tool and mail gateway. */
public final class PackFileNames {

    private PackFileNames() {}

    /** "Tỉnh Lào Cai" → "tinh-lao-cai": diacritics dropped, đ → d, anything else non-alphanumeric becomes one dash. */
    public static String slug(String vietnamese) {
        String withoutMarks = Normalizer.normalize(vietnamese, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return withoutMarks
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
    }

    /** Kind, period code and unit: "so-ket-6-thang-2023-H1-tinh-lao-cai". */
    public static String baseName(ReportPack pack) {
        String period = pack.header().period().code().replaceAll("[^A-Za-z0-9-]+", "-");
        return slug(pack.kind().label()) + "-" + period + "-"
                + slug(pack.header().unitName());
    }
}
