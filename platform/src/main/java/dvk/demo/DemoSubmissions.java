package dvk.demo;

import dvk.campaigns.Campaign;
import dvk.campaigns.CampaignDocument.Period;
import dvk.time.Vietnam;
import dvk.units.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deterministic registrations, results and indicators for every commune of a demo campaign's subtree,
 * as the CSV batches the units would upload: mostly on time, a few late, a few missing.
 */
final class DemoSubmissions {

    private static final int MISSING = 3;
    private static final int LATE = 10;
    private static final String[] RATINGS = {"Cao", "Khá", "Trung bình", "Chưa đạt"};

    private final Campaign campaign;
    private final String uploader;
    /** District (or issuing unit) → the communes and agencies that report through it. */
    private final Map<Unit, List<Unit>> reporters;

    private final Set<String> registeredIdentities = new HashSet<>();
    /** Batches the units would only send after this instant are not sent yet. */
    private final Instant now;

    DemoSubmissions(Campaign campaign, String uploader, Map<Unit, List<Unit>> reporters, Instant now) {
        this.campaign = campaign;
        this.uploader = uploader;
        this.now = now;
        this.reporters = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        this.reporters.putAll(reporters);
    }

    /** Every batch, in the order the units would have sent them. */
    List<DemoBatch> batches() {
        List<DemoBatch> batches = new ArrayList<>();
        List<Registration> registered = new ArrayList<>();
        List<Period> periods =
                campaign.document().periods().stream().filter(this::inForce).toList();
        // every registration first: a six-month period reviews the models of the year it falls in
        for (Period period : periods) {
            if (period.dueRegistration() != null) {
                List<Registration> fresh = registrations(period);
                registered.addAll(fresh.stream()
                        .filter(r -> fate(r.unit(), "registrations", period) >= MISSING)
                        .toList());
                batches.addAll(split("registrations", period, period.dueRegistration(), fresh, this::registrationCsv));
            }
        }
        for (Period period : periods) {
            if (period.dueResults() != null && !"stage".equals(period.kind())) {
                List<Registration> reviewed = registered.stream()
                        .filter(r -> !r.period().firstDay().isAfter(period.lastDay()))
                        .toList();
                batches.addAll(
                        split("results", period, period.dueResults(), reviewed, rows -> resultCsv(rows, period)));
                batches.addAll(split("indicators", period, period.dueIndicators(), communes(), this::indicatorCsv));
            }
        }
        return batches.stream()
                .filter(batch -> !batch.receivedAt().isAfter(now))
                .toList();
    }

    private List<Registration> registrations(Period period) {
        List<Registration> rows = new ArrayList<>();
        for (List<Unit> units : reporters.values()) {
            for (Unit unit : units) {
                Random random = random(unit.code(), period.code());
                int count = unit.level().sqlName().equals("agency") ? 1 + random.nextInt(2) : 2 + random.nextInt(4);
                for (int i = 1; i <= count; i++) {
                    Registration registration = Registration.random(random, campaign, unit, period, i);
                    // a repeated (unit, registrant, model) would be the same model again, not a new one
                    while (!registeredIdentities.add(unit.code() + registration.registrant() + registration.model())) {
                        registration = registration.renamed(registration.model() + " " + period.code());
                    }
                    rows.add(registration);
                }
            }
        }
        return rows;
    }

    /**
     * One on-time batch per district, then one late batch per district for the units that missed the
     * deadline; about 3% of units send nothing at all for the period.
     */
    private <T> List<DemoBatch> split(
            String kind, Period period, LocalDate due, List<T> rows, java.util.function.Function<List<T>, String> csv) {
        List<DemoBatch> batches = new ArrayList<>();
        for (Map.Entry<Unit, List<Unit>> district : reporters.entrySet()) {
            List<T> onTime = new ArrayList<>();
            List<T> late = new ArrayList<>();
            for (T row : rows) {
                Unit unit = unitOf(row);
                if (!district.getValue().contains(unit)) {
                    continue;
                }
                int fate = fate(unit, kind, period);
                if (fate < MISSING) {
                    continue;
                }
                (fate < LATE ? late : onTime).add(row);
            }
            Random random = random(district.getKey().code(), kind + period.code());
            if (!onTime.isEmpty()) {
                batches.add(new DemoBatch(
                        uploader,
                        campaign.id(),
                        kind,
                        period.code(),
                        at(due.minusDays(1 + random.nextInt(8))),
                        csv.apply(onTime)));
            }
            if (!late.isEmpty()) {
                batches.add(new DemoBatch(
                        uploader,
                        campaign.id(),
                        kind,
                        period.code(),
                        at(due.plusDays(3 + random.nextInt(12))),
                        csv.apply(late)));
            }
        }
        return batches;
    }

    /** Periods whose cut-off falls outside the reporting units' life (a 3-level unit after 30/6/2025) get nothing. */
    private boolean inForce(Period period) {
        return reporters.keySet().stream().allMatch(unit -> unit.validOn(period.lastDay()));
    }

    /** 0–99 per unit, form and period: below 3 the unit sends nothing, below 10 it sends late. */
    private static int fate(Unit unit, String kind, Period period) {
        return Math.floorMod((unit.code() + kind + period.code()).hashCode(), 100);
    }

    private static Unit unitOf(Object row) {
        return row instanceof Registration r ? r.unit() : (Unit) row;
    }

    private List<Unit> communes() {
        return reporters.values().stream()
                .flatMap(List::stream)
                .filter(u -> u.level().sqlName().equals("commune"))
                .toList();
    }

    private String registrationCsv(List<Registration> rows) {
        StringBuilder csv = new StringBuilder("TT,Mã mô hình,Mã đơn vị,\"Tên tập thể, cá nhân\",Tên mô hình");
        campaign.fields().forEach(f -> csv.append(',').append(quote(f.field().name())));
        csv.append(",Hình thức thực hiện,Thời gian thực hiện,Dự kiến kết quả,Tình trạng,Ghi chú\r\n");
        appendSection(
                csv,
                "I",
                "Tập thể",
                rows.stream().filter(Registration::collective).toList());
        appendSection(
                csv, "II", "Cá nhân", rows.stream().filter(r -> !r.collective()).toList());
        return csv.toString();
    }

    private void appendSection(StringBuilder csv, String number, String title, List<Registration> rows) {
        if (rows.isEmpty()) {
            return;
        }
        csv.append(number)
                .append(',')
                .append(title)
                .append(",,,")
                .append(",".repeat(campaign.fields().size()))
                .append(",,,,\r\n");
        int tt = 1;
        for (Registration r : rows) {
            csv.append(tt++)
                    .append(',')
                    .append(r.code())
                    .append(',')
                    .append(r.unit().code())
                    .append(',')
                    .append(quote(r.registrant()))
                    .append(',')
                    .append(quote(r.model()));
            for (Campaign.FieldRef field : campaign.fields()) {
                csv.append(',').append(r.fieldCodes().contains(field.field().code()) ? "1" : "");
            }
            csv.append(',')
                    .append(quote(r.form()))
                    .append(',')
                    .append(quote(r.timeFrame()))
                    .append(',')
                    .append(quote(r.expected()))
                    .append(',')
                    .append(r.status())
                    .append(",\r\n");
        }
    }

    private String resultCsv(List<Registration> rows, Period period) {
        StringBuilder csv = new StringBuilder("Mã mô hình,Kết quả đạt được,Số hộ,Số người,Kinh phí huy động (đồng),"
                + "\"Số công trình, phần việc\",Hiệu quả,Đề nghị khen thưởng,Số năm duy trì,Ghi chú\r\n");
        for (Registration r : rows) {
            Random random = random(r.code(), period.code());
            if (random.nextInt(100) < 5) {
                continue; // not every model is reviewed in every period
            }
            int households = 10 + random.nextInt(290);
            String rating = RATINGS[weighted(random)];
            int years = Math.max(
                            0, period.lastDay().getYear() - r.period().lastDay().getYear())
                    + ("Tiếp tục".equals(r.status()) ? 1 : 0);
            boolean propose = "Cao".equals(rating) && random.nextInt(3) > 0;
            csv.append(r.code())
                    .append(',')
                    .append(quote(DemoWords.pick(random, DemoWords.RESULTS)))
                    .append(',')
                    .append(households)
                    .append(',')
                    .append(households * (3 + random.nextInt(3)))
                    .append(',')
                    .append(quote(vnd(random.nextInt(500) * 1_000_000L)))
                    .append(',')
                    .append(1 + random.nextInt(20))
                    .append(',')
                    .append(rating)
                    .append(',')
                    .append(propose ? quote(years >= 2 ? "Giấy khen của Ban Thường vụ" : "Giấy khen của UBND") : "")
                    .append(',')
                    .append(years)
                    .append(",\r\n");
        }
        return csv.toString();
    }

    private String indicatorCsv(List<Unit> units) {
        StringBuilder csv = new StringBuilder("Mã đơn vị,\"Số thôn, tổ dân phố\",Số thôn có mô hình,"
                + "Tỷ lệ hài lòng (%),\"Số đảng viên \"\"1+10\"\"\",\"Số hộ \"\"1+10\"\"\",Ghi chú\r\n");
        for (Unit unit : units) {
            Random random = random(unit.code(), "indicators");
            int villages = 5 + random.nextInt(15);
            Random periodRandom = random(unit.code(), csv.length() + "");
            int withModel = Math.max(0, villages - periodRandom.nextInt(3));
            int members = 10 + random.nextInt(50);
            csv.append(unit.code())
                    .append(',')
                    .append(villages)
                    .append(',')
                    .append(withModel)
                    .append(',')
                    .append(String.format(
                            java.util.Locale.ROOT,
                            "\"%d,%d\"",
                            86 + periodRandom.nextInt(14),
                            periodRandom.nextInt(10)))
                    .append(',')
                    .append(members)
                    .append(',')
                    .append(members * 10)
                    .append(",\r\n");
        }
        return csv.toString();
    }

    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? 0 : roll < 70 ? 1 : roll < 92 ? 2 : 3;
    }

    /** Vietnamese offices write money with "." between thousands. */
    private static String vnd(long amount) {
        return String.format(java.util.Locale.GERMANY, "%,d", amount);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 30)).atZone(Vietnam.ZONE).toInstant();
    }

    static Random random(String... keys) {
        return new Random(String.join("|", keys).hashCode());
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    /** One registered model of the demo. */
    record Registration(
            String code,
            Unit unit,
            Period period,
            boolean collective,
            String registrant,
            String model,
            List<String> fieldCodes,
            String form,
            String timeFrame,
            String expected,
            String status) {

        Registration renamed(String newModel) {
            return new Registration(
                    code,
                    unit,
                    period,
                    collective,
                    registrant,
                    newModel,
                    fieldCodes,
                    form,
                    timeFrame,
                    expected,
                    status);
        }

        static Registration random(Random random, Campaign campaign, Unit unit, Period period, int index) {
            List<Campaign.FieldRef> fields = campaign.fields();
            String field = fields.get(random.nextInt(fields.size())).field().code();
            List<String> fieldCodes = new ArrayList<>(List.of(field));
            if (random.nextInt(4) == 0) {
                String second =
                        fields.get(random.nextInt(fields.size())).field().code();
                if (!second.equals(field)) {
                    fieldCodes.add(second);
                }
            }
            boolean collective = random.nextInt(100) < 70;
            String place = unit.name().replaceFirst("^(Xã|Phường|Thị trấn) ", "");
            String registrant = collective
                    ? String.format(
                            DemoWords.pick(random, DemoWords.COLLECTIVES),
                            unit.level().sqlName().equals("agency")
                                    ? unit.name()
                                    : DemoWords.pick(random, DemoWords.VILLAGES))
                    : DemoWords.person(random);
            String model = DemoWords.pick(random, DemoWords.MODELS.getOrDefault(field, List.of("Dân vận khéo")))
                    + (index > 1 ? " (" + place + ")" : "");
            int roll = random.nextInt(10);
            String status = roll < 5 ? "Mới" : roll < 8 ? "Tiếp tục" : "Nhân rộng";
            String code = "DVK-" + period.code() + "-" + unit.code() + "-" + index;
            return new Registration(
                    code,
                    unit,
                    period,
                    collective,
                    registrant,
                    model,
                    fieldCodes,
                    DemoWords.pick(random, DemoWords.FORMS),
                    "Năm " + period.lastDay().getYear(),
                    DemoWords.pick(random, DemoWords.RESULTS),
                    status);
        }
    }
}
