package dvk.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How a unit heads and signs its documents: the Party committee above and the issuing body top-left, the
 * symbol of the number ("Số …-BC/BDVTU"), the place of the date line, the signing line and "Nơi nhận".
 * {@code saved} is false while the unit uses the defaults for its level and type.
 */
@Serdeable
public record DocumentProfile(
        String superiorBody,
        String issuingBody,
        String documentSymbol,
        String placeName,
        @Nullable String signerOnBehalf,
        String signerTitle,
        String signerName,
        List<String> recipients,
        boolean saved) {

    public DocumentProfile {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    DocumentProfile asSaved() {
        return new DocumentProfile(
                superiorBody,
                issuingBody,
                documentSymbol,
                placeName,
                signerOnBehalf,
                signerTitle,
                signerName,
                recipients,
                true);
    }
}
