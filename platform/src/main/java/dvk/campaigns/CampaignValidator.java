package dvk.campaigns;

import dvk.campaigns.CampaignDocument.Field;
import dvk.campaigns.CampaignDocument.Period;
import dvk.campaigns.CampaignDocument.Quota;
import dvk.campaigns.CampaignDocument.Target;
import dvk.errors.InvalidException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a whole campaign document and reports every problem with the JSON path of the bad value. */
final class CampaignValidator {

    static final Set<String> METRICS = Set.of(
            "communes-with-model",
            "villages-with-model",
            "agencies-with-high-model",
            "models-reviewed",
            "average-satisfaction",
            "models-per-unit");
    private static final Set<String> KINDS = Set.of("quarter", "half", "year", "phase", "stage");
    private static final Set<String> COMPARISONS = Set.of(">=", ">", "<=", "<", "=");
    private static final Set<String> REGISTRANT_TYPES = Set.of("collective", "individual");

    private final List<Map<String, Object>> errors = new ArrayList<>();

    static void check(CampaignDocument campaign) {
        CampaignValidator validator = new CampaignValidator();
        validator.validate(campaign);
        if (!validator.errors.isEmpty()) {
            throw new InvalidException(
                    CampaignErrorCode.INVALID_CAMPAIGN, Map.of("errors", validator.errors), validator.errors.size());
        }
    }

    private void validate(CampaignDocument c) {
        require(
                blank(c.issuerCode()),
                "$.issuerCode",
                "Thiếu mã đơn vị ban hành.",
                "The issuing unit code is missing.");
        require(blank(c.name()), "$.name", "Thiếu tên phong trào.", "The campaign name is missing.");
        require(
                c.firstYear() < 2000 || c.firstYear() > 2100,
                "$.firstYear",
                "Năm bắt đầu không hợp lệ.",
                "The first year is not valid.");
        require(
                c.lastYear() < c.firstYear(),
                "$.lastYear",
                "Năm kết thúc phải từ năm bắt đầu trở đi.",
                "The last year must not be before the first year.");
        require(
                c.periodConvention() != null
                        && !Set.of(PeriodGenerator.DECREE_09, PeriodGenerator.CALENDAR)
                                .contains(c.periodConvention()),
                "$.periodConvention",
                "Cách tính kỳ phải là decree-09 hoặc calendar.",
                "The period convention must be decree-09 or calendar.");
        validateFields(c.fields());
        validatePeriods(c.periods());
        validateTargets(c.targets());
        validateQuotas(c.quotas(), c.periods());
    }

    private void validateFields(List<Field> fields) {
        require(
                fields == null || fields.isEmpty(),
                "$.fields",
                "Cần ít nhất một lĩnh vực.",
                "At least one field is required.");
        if (fields == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String path = "$.fields[" + i + "]";
            require(blank(field.code()), path + ".code", "Thiếu mã lĩnh vực.", "The field code is missing.");
            require(blank(field.name()), path + ".name", "Thiếu tên lĩnh vực.", "The field name is missing.");
            require(
                    !blank(field.code()) && !codes.add(field.code().trim()),
                    path + ".code",
                    "Mã lĩnh vực bị trùng.",
                    "The field code is repeated.");
        }
    }

    private void validatePeriods(List<Period> periods) {
        if (periods == null) {
            return;
        }
        Set<String> codes = new HashSet<>();
        Period previous = null;
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            String path = "$.periods[" + i + "]";
            require(blank(period.code()), path + ".code", "Thiếu mã kỳ.", "The period code is missing.");
            require(
                    !blank(period.code()) && !codes.add(period.code().trim()),
                    path + ".code",
                    "Mã kỳ bị trùng.",
                    "The period code is repeated.");
            require(
                    !oneOf(KINDS, period.kind()),
                    path + ".kind",
                    "Loại kỳ phải là quarter, half, year, phase hoặc stage.",
                    "The period kind must be quarter, half, year, phase or stage.");
            require(period.firstDay() == null, path + ".firstDay", "Thiếu ngày đầu kỳ.", "The first day is missing.");
            require(
                    period.lastDay() == null,
                    path + ".lastDay",
                    "Thiếu ngày chốt số liệu.",
                    "The cut-off day is missing.");
            if (period.firstDay() != null && period.lastDay() != null) {
                require(
                        period.lastDay().isBefore(period.firstDay()),
                        path + ".lastDay",
                        "Ngày chốt số liệu phải từ ngày đầu kỳ trở đi.",
                        "The cut-off day must not be before the first day.");
                require(
                        previous != null
                                && previous.firstDay() != null
                                && period.firstDay().isBefore(previous.firstDay()),
                        path + ".firstDay",
                        "Các kỳ phải xếp theo thứ tự ngày bắt đầu.",
                        "Periods must be in order of their first day.");
                previous = period;
            }
        }
    }

    private void validateTargets(List<Target> targets) {
        if (targets == null) {
            return;
        }
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String path = "$.targets[" + i + "]";
            require(
                    !oneOf(METRICS, target.metric()),
                    path + ".metric",
                    "Chỉ tiêu không có trong danh mục: " + METRICS,
                    "The metric is not in the catalogue: " + METRICS);
            require(
                    !oneOf(COMPARISONS, target.comparison()),
                    path + ".comparison",
                    "Phép so sánh phải là >=, >, <=, < hoặc =.",
                    "The comparison must be >=, >, <=, < or =.");
            require(
                    target.threshold() == null || target.threshold().compareTo(BigDecimal.ZERO) < 0,
                    path + ".threshold",
                    "Ngưỡng phải là số không âm.",
                    "The threshold must be a non-negative number.");
            require(blank(target.name()), path + ".name", "Thiếu tên chỉ tiêu.", "The target name is missing.");
            require(
                    "models-per-unit".equals(target.metric()) && blank(target.unitType()),
                    path + ".unitType",
                    "Chỉ tiêu số mô hình theo đơn vị cần loại đơn vị.",
                    "A models-per-unit target needs a unit type.");
        }
    }

    private void validateQuotas(List<Quota> quotas, List<Period> periods) {
        if (quotas == null) {
            return;
        }
        Set<String> periodCodes = new HashSet<>();
        if (periods != null) {
            periods.forEach(p -> periodCodes.add(p.code()));
        }
        for (int i = 0; i < quotas.size(); i++) {
            Quota quota = quotas.get(i);
            String path = "$.quotas[" + i + "]";
            require(
                    blank(quota.review()),
                    path + ".review",
                    "Thiếu tên đợt sơ kết/tổng kết.",
                    "The review is missing.");
            require(
                    blank(quota.awardingBody()),
                    path + ".awardingBody",
                    "Thiếu cấp khen thưởng.",
                    "The awarding body is missing.");
            require(
                    !oneOf(REGISTRANT_TYPES, quota.registrantType()),
                    path + ".registrantType",
                    "Đối tượng phải là collective (tập thể) hoặc individual (cá nhân).",
                    "The registrant type must be collective or individual.");
            require(quota.count() < 0, path + ".count", "Số lượng không được âm.", "The count must not be negative.");
            require(
                    periods != null && !periodCodes.contains(quota.periodCode()),
                    path + ".periodCode",
                    "Kỳ của đợt khen thưởng không có trong danh sách kỳ.",
                    "The quota's period is not one of the periods.");
        }
    }

    private void require(boolean failed, String path, String messageVi, String messageEn) {
        if (failed) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("path", path);
            error.put("message_vi", messageVi);
            error.put("message_en", messageEn);
            errors.add(error);
        }
    }

    /** Set.of(...).contains(null) throws, which answered a missing member with a 500. */
    private static boolean oneOf(Set<String> allowed, String value) {
        return value != null && allowed.contains(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
