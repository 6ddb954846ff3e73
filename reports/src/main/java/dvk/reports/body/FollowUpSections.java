package dvk.reports.body;

import static dvk.reports.body.VietnameseText.number;

import dvk.reports.pack.Commendation;
import dvk.reports.pack.CommendationCandidate;
import dvk.reports.pack.CommendationEntry;
import dvk.reports.pack.CommendationQuota;
import dvk.reports.pack.LateSubmission;
import dvk.reports.pack.MissingSubmission;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.SubmissionLine;
import dvk.reports.pack.TargetLine;
import dvk.reports.pack.TargetMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sections III–V: targets, submissions, outstanding models and commendation proposals. */
final class FollowUpSections {

    /** Printed in the quota column where the campaign set no quota for the review. */
    static final String NO_QUOTA = "Chưa có chỉ tiêu";

    private final ReportPack pack;
    private final List<Block> blocks;

    FollowUpSections(ReportPack pack, List<Block> blocks) {
        this.pack = pack;
        this.blocks = blocks;
    }

    void write() {
        targets();
        submissions();
        commendation();
    }

    private void targets() {
        blocks.add(new Block.Heading(1, "III. MỨC ĐỘ BAO PHỦ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU"));
        List<TargetLine> targets = pack.targets();
        long met = targets.stream().filter(TargetLine::met).count();
        long measured = targets.stream().filter(TargetLine::measured).count();
        String unmeasured = measured == targets.size()
                ? ""
                : "; " + (targets.size() - measured) + " chỉ tiêu chưa có số liệu để đánh giá";
        blocks.add(new Block.Paragraph("Đạt " + met + "/" + measured + " chỉ tiêu có số liệu theo Kế hoạch" + unmeasured
                + (met == measured ? "." : "; các chỉ tiêu chưa đạt cần tập trung chỉ đạo trong thời gian tới.")));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetLine target = targets.get(i);
            rows.add(List.of(
                    Integer.toString(i + 1),
                    target.name(),
                    target.measured() ? value(target.measure(), target.actual()) : "–",
                    target.comparison(),
                    target.verdict()));
        }
        blocks.add(new Block.Table(
                TableKind.TARGETS, List.of("TT", "Nội dung", "Kết quả", "Chỉ tiêu", "Đánh giá"), rows, null));
    }

    private void submissions() {
        blocks.add(new Block.Heading(1, "IV. TÌNH HÌNH GỬI BÁO CÁO, BIỂU MẪU"));
        List<List<String>> rows = new ArrayList<>();
        List<SubmissionLine> lines = pack.submissions().lines();
        for (int i = 0; i < lines.size(); i++) {
            SubmissionLine line = lines.get(i);
            rows.add(List.of(
                    Integer.toString(i + 1),
                    line.formName(),
                    number(line.expected()),
                    number(line.onTime()),
                    number(line.late()),
                    number(line.missing())));
        }
        blocks.add(new Block.Table(
                TableKind.SUBMISSIONS,
                List.of("TT", "Biểu mẫu", "Phải gửi", "Đúng hạn", "Gửi muộn", "Chưa gửi"),
                rows,
                null));
        List<LateSubmission> late = pack.submissions().late();
        List<MissingSubmission> missing = pack.submissions().missing();
        if (late.isEmpty() && missing.isEmpty()) {
            blocks.add(new Block.Paragraph("Tất cả các đơn vị gửi báo cáo, biểu mẫu đúng thời hạn."));
            return;
        }
        if (!late.isEmpty()) {
            blocks.add(new Block.Paragraph("Các đơn vị gửi muộn (" + late.size() + "):"));
            late.forEach(item -> blocks.add(new Block.Bullet(item.unitName() + ": " + item.formName() + ", nhận ngày "
                    + VietnameseText.shortDate(item.received()) + ";")));
        }
        if (!missing.isEmpty()) {
            blocks.add(new Block.Paragraph("Các đơn vị chưa gửi (" + missing.size() + "):"));
            missing.forEach(item -> blocks.add(new Block.Bullet(item.unitName() + ": " + item.formName() + ";")));
        }
    }

    private void commendation() {
        blocks.add(new Block.Heading(1, "V. MÔ HÌNH TIÊU BIỂU VÀ ĐỀ XUẤT KHEN THƯỞNG"));
        List<CommendationCandidate> candidates = pack.commendation().candidates();
        blocks.add(new Block.Paragraph("Qua rà soát, đánh giá, đề xuất " + candidates.size()
                + " mô hình, điển hình “Dân vận khéo” tiêu biểu (xếp theo thứ tự ưu tiên):"));
        List<List<String>> rows = candidates.stream()
                .map(c -> List.of(
                        Integer.toString(c.rank()),
                        c.registrantName() + " (" + c.registrantType().label() + ")",
                        c.unitName(),
                        c.modelName(),
                        c.rating().label(),
                        Integer.toString(c.yearsSustained()),
                        c.proposedLevel()))
                .toList();
        blocks.add(new Block.Table(
                TableKind.CANDIDATES,
                List.of("TT", "Tập thể, cá nhân", "Đơn vị", "Tên mô hình", "Hiệu quả", "Số năm duy trì", "Đề nghị"),
                rows,
                null));
        quotas(pack.commendation());
    }

    /**
     * The quota table (the campaign's quota for this review, allocated, proposed, decided) and under it one list per
     * awarding body and registrant type naming each model once: every count printed is the number of rows printed.
     */
    private void quotas(Commendation commendation) {
        List<CommendationQuota> quotas = commendation.quotas();
        if (quotas.isEmpty()) {
            blocks.add(new Block.Paragraph("Chưa có chỉ tiêu khen thưởng cho đợt xét này."));
            return;
        }
        List<List<String>> quotaRows = new ArrayList<>();
        for (int i = 0; i < quotas.size(); i++) {
            CommendationQuota quota = quotas.get(i);
            quotaRows.add(List.of(
                    Integer.toString(i + 1),
                    quota.reviewName(),
                    quota.awardingBody(),
                    quota.registrantType().label(),
                    quota.set() ? number(quota.quota()) : NO_QUOTA,
                    quota.set() ? number(quota.allocated()) : "–",
                    number(quota.proposed()),
                    number(quota.decided())));
        }
        blocks.add(new Block.Paragraph("Chỉ tiêu khen thưởng của đợt xét và kết quả phân bổ, đề nghị, quyết định:"));
        blocks.add(new Block.Table(
                TableKind.QUOTAS,
                List.of(
                        "TT",
                        "Đợt xét",
                        "Cấp khen thưởng",
                        "Đối tượng",
                        "Chỉ tiêu",
                        "Đã phân bổ",
                        "Đề nghị",
                        "Quyết định"),
                quotaRows,
                null));
        List<String> over = quotas.stream()
                .filter(q -> q.set() && q.proposed() > q.quota())
                .map(q -> q.awardingBody() + " (" + q.registrantType().label().toLowerCase(Locale.ROOT) + ")")
                .toList();
        if (!over.isEmpty()) {
            blocks.add(
                    new Block.Paragraph("Số đề nghị vượt chỉ tiêu, cần xem xét lại: " + String.join("; ", over) + "."));
        }
        for (CommendationQuota quota : quotas) {
            if (quota.set()) {
                list(commendation, quota);
            }
        }
    }

    private void list(Commendation commendation, CommendationQuota quota) {
        List<CommendationEntry> entries = commendation.entriesOf(quota);
        String what = commendation.decisions() ? "được quyết định khen thưởng" : "được đề nghị khen thưởng";
        String who = quota.registrantType().label().toLowerCase(Locale.ROOT);
        if (entries.isEmpty()) {
            blocks.add(new Block.Paragraph(quota.awardingBody() + ": chưa có " + who + " " + what + "."));
            return;
        }
        blocks.add(new Block.Paragraph(quota.awardingBody() + " – " + who + " " + what + " (" + entries.size() + "):"));
        for (int i = 0; i < entries.size(); i++) {
            CommendationEntry e = entries.get(i);
            String decision = e.decided()
                    ? "; Quyết định số " + e.decisionNumber() + " ngày " + VietnameseText.shortDate(e.decisionDate())
                    : "";
            blocks.add(new Block.Bullet((i + 1) + ". " + e.registrantName() + " (" + e.unitName() + "), mô hình “"
                    + e.modelName() + "”" + decision + ";"));
        }
    }

    private static String value(TargetMeasure measure, double actual) {
        return measure == TargetMeasure.PERCENT ? VietnameseText.percent(actual) : number(Math.round(actual));
    }
}
