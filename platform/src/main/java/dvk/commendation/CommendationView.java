package dvk.commendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's commendation page of a campaign period: the quotas with the ledger of the unit and of its children, the
 * ranked candidates of its subtree, and the proposals and decisions about models of its subtree.
 */
@Serdeable
public record CommendationView(
        String unitCode,
        String unitName,
        String period,
        List<Quota> quotas,
        List<Candidate> candidates,
        List<Proposal> proposals,
        List<Proposal> decisions) {

    /** A quota of the review (award × registrant type) and the ledgers of the unit (first) and its children. */
    @Serdeable
    public record Quota(
            long id, String review, String award, String registrantType, int count, List<Allocation> allocations) {}

    /**
     * One unit's ledger of a quota: what it holds ({@code allocated}; the issuer holds the quota), its own proposals
     * not declined, those approved, and what remains after its children's shares and its proposals.
     */
    @Serdeable
    public record Allocation(
            String unitCode, String unitName, int allocated, int proposed, int decided, int remaining) {}

    /** A model of the ranked candidates, as the rollup ranks them. */
    @Serdeable
    public record Candidate(
            String registrantType,
            int rank,
            String modelCode,
            String modelName,
            String registrantName,
            String unitCode,
            String unitName,
            int yearsSustained,
            long households,
            long fundsVnd) {}

    /** A proposal and, once decided, its decision ("Quyết định số …", date, signer). */
    @Serdeable
    public record Proposal(
            long id,
            long quotaId,
            String review,
            String award,
            String registrantType,
            String modelCode,
            String modelName,
            String registrantName,
            String unitCode,
            String unitName,
            String proposerCode,
            String proposerName,
            String reason,
            String state,
            String proposedBy,
            OffsetDateTime proposedAt,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            @Nullable String signer,
            @Nullable String decidedBy,
            @Nullable OffsetDateTime decidedAt) {

        public boolean approved() {
            return "approved".equals(state);
        }

        public boolean pending() {
            return "proposed".equals(state);
        }
    }
}
