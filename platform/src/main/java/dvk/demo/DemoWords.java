package dvk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Vietnamese names of collectives, people, villages and models in the spirit of the seed documents. */
final class DemoWords {

    static final List<String> VILLAGES = List.of(
            "Làng Mới",
            "Khuổi Phường",
            "Bản Lằng",
            "Nà Đình",
            "Cốc Bày",
            "Tắp",
            "Nậm Hành",
            "Phìn Hồ",
            "Bản Cầm",
            "Làng Chành",
            "Khe Mạ",
            "Nà Phát",
            "Pác Bó",
            "Lùng Vai",
            "Bản Mế",
            "Sín Chải",
            "Tả Thàng",
            "Nà Lốc",
            "Bắc Ngầm",
            "Cán Cấu");
    static final List<String> SURNAMES = List.of(
            "Nguyễn", "Hoàng", "Lý", "Vàng", "Giàng", "Lò", "Triệu", "Bàn", "Lục", "Đặng", "Phạm", "Trần", "Hà", "Sầm",
            "Ma");
    static final List<String> MIDDLE_MALE = List.of("Văn", "Seo", "A", "Đức", "Quang", "Minh");
    static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Thu", "Hồng", "Kim");
    static final List<String> GIVEN = List.of(
            "Hùng", "Dũng", "Thắng", "Páo", "Chư", "Sử", "Lan", "Mai", "Hoa", "Dung", "Phương", "Tuấn", "Bình", "Nga",
            "Sinh", "Chiến", "Khánh", "Linh", "Sáng", "Tâm");
    static final List<String> COLLECTIVES = List.of(
            "Chi bộ thôn %s",
            "Ban công tác Mặt trận thôn %s",
            "Chi hội Phụ nữ thôn %s",
            "Chi đoàn thôn %s",
            "Chi hội Nông dân thôn %s",
            "Chi hội Cựu chiến binh thôn %s",
            "Hội Liên hiệp Phụ nữ %s",
            "Đoàn Thanh niên %s",
            "Công an %s",
            "Ủy ban Mặt trận Tổ quốc %s",
            "Đảng ủy %s",
            "UBND %s");

    /** Model names per field code; the campaign's own field codes pick from here. */
    static final Map<String, List<String>> MODELS = Map.ofEntries(
            Map.entry(
                    "GPMB",
                    List.of(
                            "Dân vận khéo trong giải phóng mặt bằng đường nối cao tốc",
                            "Vận động nhân dân hiến đất làm đường giao thông nông thôn",
                            "Đối thoại với hộ dân trong bồi thường, hỗ trợ tái định cư")),
            Map.entry(
                    "KT",
                    List.of(
                            "Trồng quế hữu cơ theo chuỗi giá trị",
                            "Phát triển chè Shan tuyết gắn với hợp tác xã",
                            "Chăn nuôi lợn đen bản địa",
                            "Tổ hợp tác trồng chuối xuất khẩu",
                            "Giúp nhau phát triển kinh tế, giảm nghèo bền vững")),
            Map.entry(
                    "CTDT",
                    List.of(
                            "Tuyến phố văn minh, sạch đẹp",
                            "Chỉnh trang vỉa hè, lòng đường khu dân cư",
                            "Khu dân cư không lấn chiếm hành lang giao thông")),
            Map.entry(
                    "BVMT",
                    List.of(
                            "Thu gom, phân loại rác thải tại nguồn",
                            "Con đường hoa nông thôn mới",
                            "Ngày Chủ nhật xanh",
                            "Nói không với rác thải nhựa")),
            Map.entry(
                    "VHXH",
                    List.of(
                            "Xóa nhà tạm, nhà dột nát cho hộ nghèo",
                            "Lớp xóa mù chữ cho phụ nữ dân tộc thiểu số",
                            "Tủ sách pháp luật ở thôn",
                            "Bữa sáng yêu thương cho học sinh bán trú")),
            Map.entry(
                    "ANQP",
                    List.of(
                            "Camera an ninh thôn bản",
                            "Tổ tự quản an ninh trật tự",
                            "Thôn bản không ma túy, không tội phạm")),
            Map.entry(
                    "XDHTCT",
                    List.of(
                            "Đảng viên phụ trách hộ gia đình \"1+10\"",
                            "Chi bộ \"4 tốt\"",
                            "Dân vận khéo trong sinh hoạt chi bộ")),
            Map.entry(
                    "K1",
                    List.of(
                            "Không để người nghèo bị bỏ lại phía sau",
                            "Mái ấm tình thương",
                            "Quỹ vay vốn lãi suất 0 đồng")),
            Map.entry(
                    "K2",
                    List.of(
                            "Ngày thứ bảy không hẹn",
                            "Bộ phận một cửa thân thiện",
                            "Hỗ trợ dịch vụ công trực tuyến tại nhà")),
            Map.entry("K3", List.of("Tuyến đường không rác", "Thùng rác có nắp đậy ở từng hộ")),
            Map.entry(
                    "K4", List.of("Cổng trường an toàn giao thông", "Đội thanh niên tình nguyện điều tiết giao thông")),
            Map.entry("K5", List.of("Địa bàn dân cư \"4 không\"", "Tổ hòa giải ở cơ sở")));

    static final List<String> FORMS = List.of(
            "Tuyên truyền, vận động tại các buổi họp thôn",
            "Đảng viên gương mẫu đi trước, nhân dân làm theo",
            "Phối hợp MTTQ và các đoàn thể",
            "Đối thoại trực tiếp với nhân dân",
            "Hỗ trợ ngày công, vật liệu");
    static final List<String> RESULTS = List.of(
            "Nhân dân đồng thuận, tham gia tích cực",
            "Hoàn thành vượt kế hoạch đề ra",
            "Thu nhập của hộ tham gia tăng rõ rệt",
            "Môi trường khu dân cư xanh, sạch, đẹp",
            "An ninh trật tự được giữ vững");

    private DemoWords() {}

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String person(Random random) {
        boolean male = random.nextBoolean();
        return (male ? "Ông " : "Bà ") + pick(random, SURNAMES) + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE)
                + " " + pick(random, GIVEN);
    }
}
