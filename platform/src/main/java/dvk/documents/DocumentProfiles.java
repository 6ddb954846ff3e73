package dvk.documents;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.errors.InvalidException;
import dvk.units.Unit;
import dvk.units.UnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * Each unit's document profile: the one its manager saved, else, for the unit that issued a campaign, the
 * header written into the campaign, else the defaults for the unit's level and type ({@link DocumentDefaults}).
 */
@Singleton
public class DocumentProfiles {

    private final DocumentProfileRepository repository;
    private final UnitRepository units;
    private final UnitAccess access;

    DocumentProfiles(DocumentProfileRepository repository, UnitRepository units, UnitAccess access) {
        this.repository = repository;
        this.units = units;
        this.access = access;
    }

    /** The profile of a document of {@code unit} about {@code day}; {@code campaignHeader} applies to its issuer. */
    public DocumentProfile of(Unit unit, LocalDate day, @Nullable DocumentProfile campaignHeader) {
        return repository
                .find(unit.provinceId(), unit.id())
                .orElseGet(() -> campaignHeader != null ? campaignHeader : defaults(unit, day));
    }

    public DocumentProfile read(Caller caller, String code, @Nullable LocalDate on) {
        Unit unit = access.readable(caller, code, on);
        return of(unit, access.dayOrDefault(caller, on), null);
    }

    /** Saves the profile of a unit the caller manages; the signing line must belong under the issuing body. */
    public DocumentProfile save(Caller caller, String code, @Nullable LocalDate on, DocumentProfile profile) {
        Unit unit = access.managed(caller, code, on);
        DocumentProfile clean = validated(profile);
        repository.save(unit.provinceId(), unit.id(), clean, caller.userId());
        return clean.asSaved();
    }

    /**
     * A campaign's own header as a profile. Headers written before the signing line was checked may carry
     * "T/M BAN THƯỜNG VỤ" over "TRƯỞNG BAN" under a Ban; such a line is replaced by the one the title calls for.
     */
    public static DocumentProfile fromCampaignHeader(
            String superiorBody,
            String issuingBody,
            String symbol,
            String place,
            @Nullable String onBehalf,
            String title,
            String name,
            List<String> recipients) {
        String line = SigningLine.mismatch(issuingBody, onBehalf, title) == null
                ? onBehalf
                : SigningLine.onBehalfFor(issuingBody, title);
        return new DocumentProfile(
                nonNull(superiorBody),
                issuingBody,
                nonNull(symbol),
                nonNull(place),
                line,
                nonNull(title),
                nonNull(name),
                recipients,
                false);
    }

    private DocumentProfile defaults(Unit unit, LocalDate day) {
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        return DocumentDefaults.of(unit, parent, day);
    }

    private static DocumentProfile validated(DocumentProfile profile) {
        if (blank(profile.issuingBody())) {
            throw new InvalidException(DocumentErrorCode.MISSING_ISSUING_BODY);
        }
        if (blank(profile.signerTitle())) {
            throw new InvalidException(DocumentErrorCode.MISSING_SIGNER_TITLE);
        }
        String onBehalf = blank(profile.signerOnBehalf())
                ? null
                : profile.signerOnBehalf().strip();
        DocumentErrorCode mismatch = SigningLine.mismatch(profile.issuingBody(), onBehalf, profile.signerTitle());
        if (mismatch != null) {
            throw new InvalidException(mismatch);
        }
        List<String> recipients = profile.recipients().stream()
                .filter(r -> !blank(r))
                .map(String::strip)
                .toList();
        return new DocumentProfile(
                nonNull(profile.superiorBody()).strip(),
                profile.issuingBody().strip(),
                nonNull(profile.documentSymbol()).strip(),
                nonNull(profile.placeName()).strip(),
                onBehalf,
                profile.signerTitle().strip(),
                nonNull(profile.signerName()).strip(),
                recipients,
                false);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
