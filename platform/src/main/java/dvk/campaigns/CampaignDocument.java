package dvk.campaigns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole campaign as one JSON document: what {@code GET} returns and {@code POST}/{@code PUT} take, so last
 * year's campaign can be copied, edited and posted again. {@code id} and {@code version} are ignored on input.
 *
 * @param approvalFromAbove whether a manager of any unit above a report's unit may approve, return or reopen it,
 *        not only one of the unit directly above (docs/reporting-cycle.md); absent means false
 */
@Serdeable
public record CampaignDocument(
        @Nullable Long id,
        @Nullable Integer version,
        String issuerCode,
        String name,
        int firstYear,
        int lastYear,
        @Nullable String periodConvention,
        @Schema(type = "object", nullable = true) @Nullable Document document,
        List<Field> fields,
        @Nullable List<Period> periods,
        @Nullable List<Target> targets,
        @Nullable List<Quota> quotas,
        @Nullable Boolean approvalFromAbove) {

    /** What the printed documents need: header bodies, number symbol, place, signer, recipients. */
    @Serdeable
    public record Document(
            @Nullable String superiorBody,
            @Nullable String issuingBody,
            @Nullable String documentSymbol,
            @Nullable String placeName,
            @Nullable String signerOnBehalf,
            @Nullable String signerTitle,
            @Nullable String signerName,
            @Nullable List<String> recipients) {}

    /** Lĩnh vực: a field of the classification scheme. */
    @Serdeable
    public record Field(String code, String name) {}

    /** A reporting period: first day, cut-off day and the due date of each form. */
    @Serdeable
    public record Period(
            String code,
            String kind,
            String name,
            LocalDate firstDay,
            LocalDate lastDay,
            @Nullable LocalDate dueRegistration,
            @Nullable LocalDate dueResults,
            @Nullable LocalDate dueIndicators) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }

        /**
         * The due dates set, by form kind (the batch kind's name, as {@code campaign_period_due} keys them): the
         * one place the document's due fields meet the kinds.
         */
        public Map<String, LocalDate> dueByKind() {
            Map<String, LocalDate> dues = new LinkedHashMap<>();
            putIfSet(dues, "registrations", dueRegistration);
            putIfSet(dues, "results", dueResults);
            putIfSet(dues, "indicators", dueIndicators);
            return dues;
        }

        /** A period whose due dates come by form kind (as {@link #dueByKind()} gives them). */
        public static Period of(
                String code,
                String kind,
                String name,
                LocalDate firstDay,
                LocalDate lastDay,
                Map<String, LocalDate> dues) {
            return new Period(
                    code,
                    kind,
                    name,
                    firstDay,
                    lastDay,
                    dues.get("registrations"),
                    dues.get("results"),
                    dues.get("indicators"));
        }

        private static void putIfSet(Map<String, LocalDate> dues, String kind, @Nullable LocalDate due) {
            if (due != null) {
                dues.put(kind, due);
            }
        }
    }

    /** Chỉ tiêu: a metric of the catalogue compared with a threshold. */
    @Serdeable
    public record Target(
            String metric, @Nullable String unitType, String comparison, BigDecimal threshold, String name) {}

    /** Commendation quota of one review, awarding body and registrant type. */
    @Serdeable
    public record Quota(String review, String periodCode, String awardingBody, String registrantType, int count) {}

    public CampaignDocument withIdentity(Long newId, Integer newVersion) {
        return new CampaignDocument(
                newId,
                newVersion,
                issuerCode,
                name,
                firstYear,
                lastYear,
                periodConvention,
                document,
                fields,
                periods,
                targets,
                quotas,
                approvalFromAbove);
    }

    public CampaignDocument withPeriods(List<Period> newPeriods) {
        return new CampaignDocument(
                id,
                version,
                issuerCode,
                name,
                firstYear,
                lastYear,
                periodConvention,
                document,
                fields,
                newPeriods,
                targets,
                quotas,
                approvalFromAbove);
    }
}
