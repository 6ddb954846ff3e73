package dvk.campaigns;

import dvk.campaigns.CampaignDocument.Period;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The usual periods of a campaign. By default a report's data runs from 15/12 of the previous year
 * (Decree 09/2019/NĐ-CP: six-month report 15/12–14/6, annual 15/12–14/12); "calendar" uses 1/1–30/6
 * and 1/1–31/12. Registrations are due by 20/02 (seed 000); results and indicators six days after the cut-off.
 */
public final class PeriodGenerator {

    public static final String DECREE_09 = "decree-09";
    public static final String CALENDAR = "calendar";

    private static final MonthDay REGISTRATION_DUE = MonthDay.of(2, 20);
    private static final int REPORT_DAYS_AFTER_CUTOFF = 6;

    private PeriodGenerator() {}

    public static List<Period> standard(int firstYear, int lastYear, String convention) {
        boolean calendar = CALENDAR.equals(convention);
        List<Period> periods = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            LocalDate start = calendar ? LocalDate.of(year, 1, 1) : LocalDate.of(year - 1, 12, 15);
            LocalDate halfEnd = calendar ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 6, 14);
            LocalDate yearEnd = calendar ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 12, 14);
            periods.add(report(year + "-H1", "half", "6 tháng đầu năm " + year, start, halfEnd, null));
            periods.add(
                    report(String.valueOf(year), "year", "Năm " + year, start, yearEnd, REGISTRATION_DUE.atYear(year)));
        }
        if (lastYear > firstYear) {
            LocalDate start = calendar ? LocalDate.of(firstYear, 1, 1) : LocalDate.of(firstYear - 1, 12, 15);
            LocalDate end = calendar ? LocalDate.of(lastYear, 12, 31) : LocalDate.of(lastYear, 12, 14);
            periods.add(report(
                    firstYear + "-" + lastYear, "stage", "Giai đoạn " + firstYear + "–" + lastYear, start, end, null));
        }
        periods.sort(Comparator.comparing(Period::firstDay).thenComparing(Period::lastDay));
        return periods;
    }

    private static Period report(
            String code, String kind, String name, LocalDate first, LocalDate last, LocalDate registrationDue) {
        LocalDate reportDue = last.plusDays(REPORT_DAYS_AFTER_CUTOFF);
        return new Period(code, kind, name, first, last, registrationDue, reportDue, reportDue);
    }
}
