package dvk.reports.pack;

import java.time.LocalDate;
import java.util.List;

/** The document's header block and title: who issues it, where and when, for which unit, campaign and period. */
public record DocumentHeader(
        String superiorBody,
        String issuingBody,
        String documentNumber,
        String placeName,
        LocalDate date,
        List<String> titleLines,
        String unitName,
        String campaignName,
        ReportingPeriod period) {

    public DocumentHeader {
        titleLines = List.copyOf(titleLines);
    }
}
