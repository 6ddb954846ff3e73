package dvk.reports.pack;

import java.time.LocalDate;

/**
 * A model named in a commendation list under one quota (awarding body × registrant type): proposed, or, with the
 * decision's number and date, decided.
 */
public record CommendationEntry(
        String awardingBody,
        RegistrantType registrantType,
        String registrantName,
        String unitName,
        String modelName,
        String decisionNumber,
        LocalDate decisionDate) {

    public boolean decided() {
        return decisionNumber != null;
    }
}
