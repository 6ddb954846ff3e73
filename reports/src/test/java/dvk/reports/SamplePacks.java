package dvk.reports;

import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.CampaignField;
import dvk.reports.pack.Commendation;
import dvk.reports.pack.CommendationCandidate;
import dvk.reports.pack.CommendationEntry;
import dvk.reports.pack.CommendationQuota;
import dvk.reports.pack.DocumentHeader;
import dvk.reports.pack.Efficiency;
import dvk.reports.pack.EfficiencyCounts;
import dvk.reports.pack.FieldTable;
import dvk.reports.pack.FigureLine;
import dvk.reports.pack.LateSubmission;
import dvk.reports.pack.MissingSubmission;
import dvk.reports.pack.ModelStatus;
import dvk.reports.pack.PackKind;
import dvk.reports.pack.RegistrantCounts;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.ReportingPeriod;
import dvk.reports.pack.Signer;
import dvk.reports.pack.StatusCounts;
import dvk.reports.pack.SubmissionLine;
import dvk.reports.pack.Submissions;
import dvk.reports.pack.SummaryFigures;
import dvk.reports.pack.TargetLine;
import dvk.reports.pack.TargetMeasure;
import dvk.reports.pack.UnitFieldRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A deterministic six-month pack for Tỉnh Lào Cai with about 2,000 registrations in its nine districts. */
public final class SamplePacks {

    static final List<CampaignField> FIELDS = List.of(
            new CampaignField("GPMB", "Giải phóng mặt bằng"),
            new CampaignField("KT", "Kinh tế"),
            new CampaignField("CTDT", "Chỉnh trang đô thị"),
            new CampaignField("BVMT", "Bảo vệ môi trường"),
            new CampaignField("VHXH", "Văn hóa xã hội"),
            new CampaignField("ANQP", "Quốc phòng, an ninh"),
            new CampaignField("XDHTCT", "Xây dựng hệ thống chính trị"));

    private static final String[][] DISTRICTS = {
        {"LC01", "Thành phố Lào Cai"}, {"LC02", "Thị xã Sa Pa"}, {"LC03", "Huyện Bát Xát"},
        {"LC04", "Huyện Mường Khương"}, {"LC05", "Huyện Si Ma Cai"}, {"LC06", "Huyện Bắc Hà"},
        {"LC07", "Huyện Bảo Thắng"}, {"LC08", "Huyện Bảo Yên"}, {"LC09", "Huyện Văn Bàn"}
    };
    private static final String[] COLLECTIVES = {
        "Chi bộ thôn Khuổi Phường", "Hội Liên hiệp Phụ nữ xã Bảo Hà", "Đoàn Thanh niên xã Nghĩa Đô",
        "Hội Nông dân xã Tân Tiến", "Chi bộ thôn Làng Chung", "Ủy ban MTTQ xã Lương Sơn",
        "Hội Cựu chiến binh thị trấn Phố Ràng", "Chi bộ tổ dân phố số 5", "Công an xã Vĩnh Yên",
        "Chi đoàn thôn Nà Đình", "Ban Chỉ huy Quân sự xã Điện Quan", "Trường PTDTBT THCS Xuân Thượng"
    };
    private static final String[] INDIVIDUALS = {
        "Ông Nguyễn Văn Hùng", "Bà Hoàng Thị Lan", "Ông Lù Văn Páo", "Bà Vàng Thị Mai", "Ông Giàng Seo Phử",
        "Ông Lý Văn Thắng", "Bà Đặng Thị Hoa", "Ông Phạm Đức Thịnh", "Bà Lò Thị Nguyệt", "Ông Sần Chỉn Quyết"
    };
    private static final String[] MODELS = {
        "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
        "Mô hình “Dân vận khéo” trong giải phóng mặt bằng dự án đường nối Bảo Hà – Văn Bàn",
        "Mô hình “Thôn không có tệ nạn xã hội”",
        "Mô hình “Tuyến đường hoa, cây xanh, sạch đẹp”",
        "Mô hình “Phụ nữ chung tay bảo vệ môi trường”",
        "Mô hình “Dân vận khéo 1+10”",
        "Mô hình “Trồng quế theo tiêu chuẩn hữu cơ”",
        "Mô hình “Tổ tự quản an ninh trật tự”",
        "Mô hình “Dân vận khéo” trong chuyển đổi số",
        "Mô hình “Hiến đất làm đường giao thông nông thôn”"
    };
    private static final String[] METHODS = {
        "Tuyên truyền, vận động tại thôn", "Họp dân, đối thoại trực tiếp", "Phối hợp các đoàn thể", "Làm mẫu, nhân rộng"
    };
    private static final String[] TIMEFRAMES = {"Năm 2023", "2023–2025", "Quý II–IV/2023"};
    private static final String[] RESULTS = {
        "100% hộ tham gia", "Giảm 50% rác thải", "Hoàn thành GPMB đúng tiến độ", "Thu nhập tăng 10%"
    };

    private SamplePacks() {}

    /** The Lào Cai six-month pack with {@code registrations} annex lines spread over nine districts. */
    public static ReportPack province(int registrations) {
        Random random = new Random(2023);
        List<AnnexUnit> annex = new ArrayList<>();
        List<UnitFieldRow> rows = new ArrayList<>();
        int[] fieldTotals = new int[FIELDS.size()];
        int models = 0;
        int reviewed = 0;
        int high = 0;
        int collectives = 0;
        int[] status = new int[3];
        for (int d = 0; d < DISTRICTS.length; d++) {
            int count = registrations / DISTRICTS.length + (d < registrations % DISTRICTS.length ? 1 : 0);
            List<Registration> unitRegistrations = new ArrayList<>();
            int[] byField = new int[FIELDS.size()];
            for (int i = 0; i < count; i++) {
                Registration registration = registration(random);
                unitRegistrations.add(registration);
                registration.fieldCodes().forEach(code -> byField[fieldIndex(code)]++);
                collectives += registration.registrantType() == RegistrantType.COLLECTIVE ? 1 : 0;
                status[registration.status().ordinal()]++;
            }
            int unitReviewed = count * 9 / 10;
            int unitHigh = count / 4;
            models += count;
            reviewed += unitReviewed;
            high += unitHigh;
            for (int f = 0; f < byField.length; f++) {
                fieldTotals[f] += byField[f];
            }
            rows.add(new UnitFieldRow(DISTRICTS[d][0], DISTRICTS[d][1], boxed(byField), count, unitReviewed, unitHigh));
            annex.add(new AnnexUnit(DISTRICTS[d][0], DISTRICTS[d][1], unitRegistrations));
        }
        UnitFieldRow totals = new UnitFieldRow("LC", "Tổng cộng", boxed(fieldTotals), models, reviewed, high);
        int good = reviewed / 3;
        int average = reviewed - high - good - 12;
        SummaryFigures current = new SummaryFigures(
                models,
                new RegistrantCounts(collectives, models - collectives),
                new StatusCounts(status[0], status[1], status[2]),
                new EfficiencyCounts(high, good, average, 12),
                48_350,
                12_650_000_000L,
                316,
                reviewed);
        SummaryFigures previous = new SummaryFigures(
                models - 12,
                new RegistrantCounts(collectives - 15, models - collectives + 3),
                new StatusCounts(status[0], status[1] - 5, status[2] - 7),
                new EfficiencyCounts(high - 3, good, average, 15),
                45_100,
                12_650_000_000L,
                290,
                reviewed - 40);
        List<FigureLine> figures = List.of(
                new FigureLine(
                        "models", "Tổng số mô hình", BigDecimal.valueOf(models), BigDecimal.valueOf(models - 12)),
                new FigureLine(
                        "collective", "Tập thể", BigDecimal.valueOf(collectives), BigDecimal.valueOf(collectives - 15)),
                new FigureLine(
                        "households", "Số hộ được vận động", BigDecimal.valueOf(48_350), BigDecimal.valueOf(45_100)));
        return new ReportPack(
                PackKind.SO_KET_6_THANG,
                header(),
                current,
                previous,
                null,
                figures,
                FIELDS,
                new FieldTable(rows, totals),
                targets(),
                submissions(),
                commendation(),
                annex,
                new Signer("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Xuân Nhẫn"),
                List.of(
                        "Ban Dân vận Trung ương (để b/c),", "Thường trực Tỉnh ủy (để b/c),",
                        "Ban Dân vận các huyện ủy, thị ủy, thành ủy,", "Lưu VT."),
                Instant.parse("2023-06-30T09:30:00Z"));
    }

    private static DocumentHeader header() {
        return new DocumentHeader(
                "TỈNH ỦY LÀO CAI",
                "BAN DÂN VẬN",
                "Số 12-BC/BDVTU",
                "Lào Cai",
                LocalDate.of(2023, 6, 15),
                List.of("BÁO CÁO", "Sơ kết 6 tháng đầu năm 2023 phong trào thi đua “Dân vận khéo”"),
                "Tỉnh Lào Cai",
                "Phong trào thi đua “Dân vận khéo” giai đoạn 2022–2025",
                new ReportingPeriod(
                        "6 tháng đầu năm 2023", "2023-H1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)));
    }

    private static Registration registration(Random random) {
        boolean collective = random.nextInt(5) < 2;
        List<String> codes = new ArrayList<>();
        codes.add(FIELDS.get(random.nextInt(FIELDS.size())).code());
        if (random.nextInt(6) == 0) {
            String second = FIELDS.get(random.nextInt(FIELDS.size())).code();
            if (!codes.contains(second)) {
                codes.add(second);
            }
        }
        return new Registration(
                collective ? pick(random, COLLECTIVES) : pick(random, INDIVIDUALS),
                collective ? RegistrantType.COLLECTIVE : RegistrantType.INDIVIDUAL,
                pick(random, MODELS),
                codes,
                pick(random, METHODS),
                pick(random, TIMEFRAMES),
                pick(random, RESULTS),
                ModelStatus.values()[random.nextInt(3)],
                random.nextInt(8) == 0 ? "Đăng ký bổ sung" : "");
    }

    private static List<TargetLine> targets() {
        return List.of(
                new TargetLine(
                        "Xã, phường, thị trấn có mô hình ở tất cả các thôn, tổ dân phố",
                        TargetMeasure.PERCENT,
                        96.2,
                        "100%",
                        100,
                        false,
                        true),
                new TargetLine(
                        "Xã có ít nhất 01 mô hình hiệu quả cao trong xây dựng nông thôn mới",
                        TargetMeasure.PERCENT,
                        100,
                        "100%",
                        100,
                        true,
                        true),
                new TargetLine(
                        "Cơ quan, đơn vị có ít nhất 01 mô hình hiệu quả cao",
                        TargetMeasure.PERCENT,
                        100,
                        "100%",
                        100,
                        true,
                        true),
                new TargetLine("Mô hình được rà soát, đánh giá", TargetMeasure.PERCENT, 90, "100%", 100, false, true),
                new TargetLine(
                        "Người dân hài lòng về giải quyết thủ tục hành chính",
                        TargetMeasure.PERCENT,
                        93.5,
                        "≥ 90%",
                        90,
                        true,
                        true));
    }

    private static Submissions submissions() {
        return new Submissions(
                List.of(
                        new SubmissionLine("Đăng ký mô hình", 9, 7, 1, 1),
                        new SubmissionLine("Báo cáo kết quả", 9, 8, 1, 0),
                        new SubmissionLine("Chỉ số đơn vị", 9, 9, 0, 0)),
                List.of(
                        new LateSubmission("Huyện Si Ma Cai", "Đăng ký mô hình", LocalDate.of(2023, 2, 24)),
                        new LateSubmission("Huyện Bắc Hà", "Báo cáo kết quả", LocalDate.of(2023, 6, 12))),
                List.of(new MissingSubmission("Huyện Mường Khương", "Đăng ký mô hình")));
    }

    private static Commendation commendation() {
        return new Commendation(
                List.of(
                        new CommendationCandidate(
                                1,
                                "Chi bộ thôn Khuổi Phường",
                                RegistrantType.COLLECTIVE,
                                "Huyện Bảo Yên",
                                "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
                                Efficiency.HIGH,
                                3,
                                "Bằng khen của UBND tỉnh"),
                        new CommendationCandidate(
                                2,
                                "Ông Nguyễn Văn Hùng",
                                RegistrantType.INDIVIDUAL,
                                "Huyện Bắc Hà",
                                "Mô hình “Hiến đất làm đường giao thông nông thôn”",
                                Efficiency.HIGH,
                                2,
                                "Giấy khen của Ban Dân vận Tỉnh ủy"),
                        new CommendationCandidate(
                                3,
                                "Hội Liên hiệp Phụ nữ xã Bảo Hà",
                                RegistrantType.COLLECTIVE,
                                "Huyện Bảo Yên",
                                "Mô hình “Phụ nữ chung tay bảo vệ môi trường”",
                                Efficiency.HIGH,
                                2,
                                "Giấy khen của Ban Dân vận Tỉnh ủy")),
                List.of(
                        new CommendationQuota(
                                "Sơ kết 6 tháng 2023",
                                "Ban Thường vụ Tỉnh ủy",
                                RegistrantType.COLLECTIVE,
                                15,
                                10,
                                2,
                                0),
                        new CommendationQuota(
                                "Sơ kết 6 tháng 2023", "Ban Thường vụ Tỉnh ủy", RegistrantType.INDIVIDUAL, 20, 8, 1, 0),
                        new CommendationQuota(
                                "Sơ kết 6 tháng 2023", "Chủ tịch UBND tỉnh", RegistrantType.COLLECTIVE, 15, 0, 0, 0),
                        new CommendationQuota(
                                "Sơ kết 6 tháng 2023", "Chủ tịch UBND tỉnh", RegistrantType.INDIVIDUAL, null, 0, 0, 0)),
                List.of(
                        new CommendationEntry(
                                "Ban Thường vụ Tỉnh ủy",
                                RegistrantType.COLLECTIVE,
                                "Chi bộ thôn Khuổi Phường",
                                "Huyện Bảo Yên",
                                "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
                                null,
                                null),
                        new CommendationEntry(
                                "Ban Thường vụ Tỉnh ủy",
                                RegistrantType.COLLECTIVE,
                                "Hội Liên hiệp Phụ nữ xã Bảo Hà",
                                "Huyện Bảo Yên",
                                "Mô hình “Phụ nữ chung tay bảo vệ môi trường”",
                                null,
                                null),
                        new CommendationEntry(
                                "Ban Thường vụ Tỉnh ủy",
                                RegistrantType.INDIVIDUAL,
                                "Ông Nguyễn Văn Hùng",
                                "Huyện Bắc Hà",
                                "Mô hình “Hiến đất làm đường giao thông nông thôn”",
                                null,
                                null)),
                false);
    }

    private static int fieldIndex(String code) {
        for (int i = 0; i < FIELDS.size(); i++) {
            if (FIELDS.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static List<Integer> boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
