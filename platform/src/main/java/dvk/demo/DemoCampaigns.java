package dvk.demo;

import dvk.campaigns.CampaignDocument;
import dvk.campaigns.CampaignDocument.Field;
import dvk.campaigns.CampaignDocument.Period;
import dvk.campaigns.CampaignDocument.Quota;
import dvk.campaigns.CampaignDocument.Target;
import dvk.campaigns.PeriodGenerator;
import dvk.units.UnitListLoader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The demo campaigns, taken from the seed documents: two of the 3-level structure, two of today's map. */
final class DemoCampaigns {

    /** The day today's provinces and communes came into force. */
    static final LocalDate TODAYS_PROVINCE_FROM = UnitListLoader.TWO_LEVEL_FROM;

    private DemoCampaigns() {}

    /** (a) Province-wide stage 2022–2025: seed 000's fields, seed 001's targets and quotas. */
    static CampaignDocument province() {
        List<Field> fields = List.of(
                new Field("GPMB", "Giải phóng mặt bằng"),
                new Field("KT", "Kinh tế"),
                new Field("CTDT", "Chỉnh trang đô thị"),
                new Field("BVMT", "Bảo vệ môi trường"),
                new Field("VHXH", "Văn hóa xã hội"),
                new Field("ANQP", "An ninh quốc phòng"),
                new Field("XDHTCT", "Xây dựng hệ thống chính trị"));
        List<Target> targets = List.of(
                new Target(
                        "communes-with-model",
                        null,
                        ">=",
                        new BigDecimal("100"),
                        "100% xã, thị trấn có mô hình \"Dân vận khéo\""),
                new Target(
                        "villages-with-model",
                        null,
                        ">=",
                        new BigDecimal("100"),
                        "100% thôn, tổ dân phố có mô hình \"Dân vận khéo\""),
                new Target(
                        "agencies-with-high-model",
                        null,
                        ">=",
                        new BigDecimal("100"),
                        "100% cơ quan, đơn vị có ít nhất 01 mô hình hiệu quả cao"),
                new Target("models-reviewed", null, ">=", new BigDecimal("100"), "100% mô hình được sơ kết, đánh giá"),
                new Target(
                        "average-satisfaction",
                        null,
                        ">=",
                        new BigDecimal("90"),
                        "Tỷ lệ hài lòng của Nhân dân đạt từ 90% trở lên"));
        String midTerm = "Sơ kết giữa kỳ (10/2023)";
        String finalReview = "Tổng kết giai đoạn (10/2025)";
        String praise = "Ban Thường vụ tặng Giấy khen";
        String award = "Chủ tịch UBND tặng Giấy khen";
        List<Quota> quotas = List.of(
                new Quota(midTerm, "2023", praise, "collective", 15),
                new Quota(midTerm, "2023", praise, "individual", 20),
                new Quota(midTerm, "2023", award, "collective", 15),
                new Quota(midTerm, "2023", award, "individual", 25),
                new Quota(finalReview, "2022-2025", praise, "collective", 25),
                new Quota(finalReview, "2022-2025", praise, "individual", 30),
                new Quota(finalReview, "2022-2025", award, "collective", 20),
                new Quota(finalReview, "2022-2025", award, "individual", 25));
        return new CampaignDocument(
                null,
                null,
                "10",
                "Phong trào thi đua Dân vận khéo giai đoạn 2022–2025",
                2022,
                2025,
                PeriodGenerator.DECREE_09,
                new CampaignDocument.Document(
                        "TỈNH ỦY LÀO CAI",
                        "BAN DÂN VẬN",
                        "BC/BDVTU",
                        "Lào Cai",
                        null,
                        "TRƯỞNG BAN",
                        "Nguyễn Thị Minh Hạnh",
                        List.of(
                                "Ban Dân vận Trung ương (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)",
                                "Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng")),
                fields,
                PeriodGenerator.standard(2022, 2025, PeriodGenerator.DECREE_09),
                targets,
                quotas,
                null);
    }

    /**
     * (c) Old Yên Bái's province-wide stage 2022–2025 on the same fields (the province went into today's Lào Cai
     * on 1/7/2025), so the merger shows in the figures.
     */
    static CampaignDocument yenBai() {
        CampaignDocument laoCai = province();
        return new CampaignDocument(
                null,
                null,
                "15",
                laoCai.name(),
                2022,
                2025,
                PeriodGenerator.DECREE_09,
                new CampaignDocument.Document(
                        "TỈNH ỦY YÊN BÁI",
                        "BAN DÂN VẬN",
                        "BC/BDVTU",
                        "Yên Bái",
                        null,
                        "TRƯỞNG BAN",
                        "Trần Thị Hương",
                        List.of(
                                "Ban Dân vận Trung ương (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)",
                                "Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng")),
                laoCai.fields(),
                laoCai.periods(),
                laoCai.targets(),
                List.of(),
                null);
    }

    /**
     * (d) Today's Tỉnh Lào Cai (15, since 1/7/2025, no districts): the years 2025 and 2026 on the same fields,
     * Decree-09 periods from the first one the province lived through.
     */
    static CampaignDocument present() {
        CampaignDocument laoCai = province();
        // the merged province asked its communes to register 2025's models by 20/8/2025, after the merger
        List<Period> periods = PeriodGenerator.standard(2025, 2026, PeriodGenerator.DECREE_09).stream()
                .filter(p -> !p.lastDay().isBefore(TODAYS_PROVINCE_FROM))
                .map(p -> "2025".equals(p.code())
                        ? new Period(
                                p.code(),
                                p.kind(),
                                p.name(),
                                p.firstDay(),
                                p.lastDay(),
                                LocalDate.of(2025, 8, 20),
                                p.dueResults(),
                                p.dueIndicators())
                        : p)
                .toList();
        return new CampaignDocument(
                null,
                null,
                "15",
                "Phong trào thi đua Dân vận khéo năm 2025–2026 (tỉnh Lào Cai sau hợp nhất)",
                2025,
                2026,
                PeriodGenerator.DECREE_09,
                new CampaignDocument.Document(
                        "TỈNH ỦY LÀO CAI",
                        "BAN DÂN VẬN",
                        "BC/BDVTU",
                        "Lào Cai",
                        null,
                        "TRƯỞNG BAN",
                        "Nguyễn Thị Minh Hạnh",
                        List.of(
                                "Ban Dân vận Trung ương (để báo cáo)", "Thường trực Tỉnh ủy (để báo cáo)",
                                "Các đảng ủy xã, phường", "Lưu Văn phòng")),
                laoCai.fields(),
                periods,
                laoCai.targets(),
                List.of(),
                null);
    }

    /** (b) Bảo Yên's one-year 2024 campaign on the "5 không" contents of seed 003, in two phases. */
    static CampaignDocument district() {
        List<Field> fields = List.of(
                new Field("K1", "Không để người nghèo, người yếu thế tụt hậu, bị bỏ quên"),
                new Field("K2", "Không gây phiền hà cho Nhân dân và doanh nghiệp"),
                new Field("K3", "Không xả rác bừa bãi ra đường phố và kênh rạch"),
                new Field("K4", "Không vi phạm Luật giao thông đường bộ"),
                new Field("K5", "Không tụ tập gây rối, ảnh hưởng an ninh chính trị, trật tự an toàn"));
        List<Period> periods = List.of(
                new Period(
                        "2024",
                        "year",
                        "Năm 2024",
                        LocalDate.of(2023, 12, 15),
                        LocalDate.of(2024, 12, 14),
                        null,
                        LocalDate.of(2024, 12, 20),
                        LocalDate.of(2024, 12, 20)),
                new Period(
                        "2024-D1",
                        "phase",
                        "Đợt 1 năm 2024",
                        LocalDate.of(2024, 5, 7),
                        LocalDate.of(2024, 7, 2),
                        LocalDate.of(2024, 5, 18),
                        LocalDate.of(2024, 6, 25),
                        LocalDate.of(2024, 6, 25)),
                new Period(
                        "2024-D2",
                        "phase",
                        "Đợt 2 năm 2024",
                        LocalDate.of(2024, 7, 3),
                        LocalDate.of(2024, 10, 15),
                        LocalDate.of(2024, 6, 10),
                        LocalDate.of(2024, 10, 5),
                        LocalDate.of(2024, 10, 5)));
        List<Target> targets = List.of(
                new Target(
                        "models-per-unit", "Xã", ">=", new BigDecimal("10"), "Mỗi xã đăng ký 10 công trình, mô hình"),
                new Target(
                        "models-per-unit",
                        "Thị trấn",
                        ">=",
                        new BigDecimal("10"),
                        "Mỗi thị trấn đăng ký 10 công trình, mô hình"),
                new Target(
                        "models-per-unit",
                        "Cơ quan",
                        ">=",
                        new BigDecimal("1"),
                        "Mỗi cơ quan, đơn vị đăng ký ít nhất 01 công trình"),
                new Target(
                        "models-per-unit", "MTTQ", ">=", new BigDecimal("2"), "Mặt trận Tổ quốc đăng ký 02 công trình"),
                new Target(
                        "models-per-unit",
                        "Đoàn thể",
                        ">=",
                        new BigDecimal("2"),
                        "Mỗi đoàn thể chính trị - xã hội đăng ký 02 công trình"),
                new Target(
                        "models-per-unit",
                        "Đảng ủy cơ sở",
                        ">=",
                        new BigDecimal("2"),
                        "Mỗi đảng ủy cơ sở đăng ký 02 công trình"),
                new Target(
                        "models-per-unit",
                        "Chi bộ",
                        ">=",
                        new BigDecimal("1"),
                        "Mỗi chi bộ cơ sở đăng ký 01 công trình"),
                new Target(
                        "average-satisfaction",
                        null,
                        ">",
                        new BigDecimal("95"),
                        "Tỷ lệ hài lòng của người dân, doanh nghiệp trên 95%"));
        return new CampaignDocument(
                null,
                null,
                "087",
                "Nhân rộng mô hình \"Dân vận khéo\" gắn với nội dung \"5 không\" năm 2024",
                2024,
                2024,
                PeriodGenerator.DECREE_09,
                new CampaignDocument.Document(
                        "ĐẢNG BỘ TỈNH LÀO CAI",
                        "HUYỆN ỦY BẢO YÊN",
                        "BC/HU",
                        "Bảo Yên",
                        "T/M BAN THƯỜNG VỤ",
                        "PHÓ BÍ THƯ",
                        "Hoàng Văn Thắng",
                        List.of(
                                "Ban Dân vận Tỉnh ủy (để báo cáo)",
                                "Thường trực Huyện ủy",
                                "Các đảng ủy cơ sở",
                                "Lưu Văn phòng Huyện ủy")),
                fields,
                periods,
                targets,
                List.of(),
                null);
    }
}
