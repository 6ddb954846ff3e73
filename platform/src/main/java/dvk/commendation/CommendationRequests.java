package dvk.commendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The bodies the commendation routes read; a missing member is refused with a problem, not a 400. */
final class CommendationRequests {

    private CommendationRequests() {}

    /** A unit's share of a quota. */
    @Serdeable
    @Schema(name = "AllocationRequest")
    record Allocation(@Nullable Integer count) {}

    /** A model proposed within the caller's unit's share, with a short reason. */
    @Serdeable
    @Schema(name = "ProposalRequest")
    record Proposal(
            @Nullable Long quotaId,
            @Nullable String modelCode,
            @Nullable String reason) {}

    /** The issuer's decision: approved with the decision's number and date (and signer), or declined. */
    @Serdeable
    @Schema(name = "DecisionRequest")
    record Decision(
            @Nullable Boolean approved,
            @Nullable String decisionNumber,
            @Nullable LocalDate decisionDate,
            @Nullable String signer) {}
}
