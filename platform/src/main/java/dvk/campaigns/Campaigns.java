package dvk.campaigns;

import dvk.access.Caller;
import dvk.access.UnitAccess;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import dvk.units.Unit;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and editing campaigns within the caller's scope. Users of the issuer's subtree and above read;
 * managers of the issuing unit or above edit; everyone else is told the campaign does not exist.
 */
@Singleton
public class Campaigns {

    private final CampaignRepository repository;
    private final UnitAccess unitAccess;
    private final ApplicationEventPublisher<CampaignChanged> events;
    private final Audit audit;

    Campaigns(
            CampaignRepository repository,
            UnitAccess unitAccess,
            ApplicationEventPublisher<CampaignChanged> events,
            Audit audit) {
        this.repository = repository;
        this.unitAccess = unitAccess;
        this.events = events;
        this.audit = audit;
    }

    public Campaign readable(Caller caller, long id) {
        return repository
                .find(id, caller.readScope())
                .orElseThrow(() -> new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, id));
    }

    public List<Campaign> visible(Caller caller) {
        return repository.visible(caller.readScope());
    }

    /** The campaign if the caller manages its issuing unit; otherwise "not found" or unchanged. */
    public Campaign managed(Caller caller, long id) {
        Campaign campaign = readable(caller, id);
        if (!caller.manages(campaign.issuerPath())) {
            throw new NotFoundException(CampaignErrorCode.CAMPAIGN_NOT_FOUND, id);
        }
        return campaign;
    }

    @Transactional
    public Campaign create(Caller caller, CampaignDocument request) {
        CampaignDocument document = completed(request);
        CampaignValidator.check(document);
        Unit issuer = unitAccess.managed(caller, document.issuerCode().trim(), issuerDay(document));
        long id = repository.insertHeader(issuer.provinceId(), issuer.id(), document);
        repository.upsertFields(issuer.provinceId(), id, document.fields());
        repository.upsertPeriods(issuer.provinceId(), id, document.periods());
        repository.replaceTargetsAndQuotas(issuer.provinceId(), id, document.targets(), document.quotas());
        events.publishEvent(new CampaignChanged(issuer.provinceId(), id));
        audit.record(AuditEntry.of(
                caller, issuer.provinceId(), issuer.id(), "campaign.create", id, document.name(), Map.of()));
        return repository.find(id, null).orElseThrow();
    }

    /**
     * Replaces the campaign's content. Renaming a field or moving a period's dates is fine; removing a field
     * or period that submissions use is refused, so nothing already submitted is lost.
     */
    @Transactional
    public Campaign update(Caller caller, long id, CampaignDocument request) {
        Campaign current = managed(caller, id);
        CampaignDocument document = completed(request);
        CampaignValidator.check(document);
        List<String> changed = CampaignChanges.between(completed(current.document()), document);
        if (changed.isEmpty()) {
            // an unchanged save is no edit: no new version, nothing on the audit trail
            return current;
        }
        int expectedVersion = request.version() == null ? current.version() : request.version();
        if (!repository.updateHeader(current, document, expectedVersion)) {
            throw new ConflictException(CampaignErrorCode.STALE_VERSION, current.version());
        }
        long provinceId = current.provinceId();
        for (long removedField : repository.upsertFields(provinceId, id, document.fields())) {
            int users = repository.modelsUsingField(provinceId, removedField);
            if (users > 0) {
                String code = current.fields().stream()
                        .filter(f -> f.id() == removedField)
                        .map(f -> f.field().code())
                        .findFirst()
                        .orElse(String.valueOf(removedField));
                throw new ConflictException(CampaignErrorCode.FIELD_IN_USE, code, users);
            }
            repository.deleteField(provinceId, removedField);
        }
        for (String removedPeriod : repository.upsertPeriods(provinceId, id, document.periods())) {
            if (!repository.deletePeriodIfUnused(provinceId, id, removedPeriod)) {
                throw new ConflictException(CampaignErrorCode.PERIOD_IN_USE, removedPeriod);
            }
        }
        repository.replaceTargetsAndQuotas(provinceId, id, document.targets(), document.quotas());
        events.publishEvent(new CampaignChanged(provinceId, id));
        Campaign updated = repository.find(id, null).orElseThrow();
        audit.record(AuditEntry.of(
                caller,
                provinceId,
                current.issuerUnitId(),
                "campaign.update",
                id,
                document.name(),
                Map.of("changed", changed, "version", updated.version())));
        return updated;
    }

    /**
     * Sets the campaigns this one continues: campaigns the caller reads, of the units the issuer succeeded
     * (their issuers lie in the scope the issuer's managers inherit), never itself.
     */
    @Transactional
    public Campaign continueFrom(Caller caller, long id, List<Long> predecessorIds) {
        Campaign campaign = managed(caller, id);
        List<Campaign> predecessors = predecessorIds.stream()
                .distinct()
                .map(p -> {
                    if (p == id) {
                        throw new InvalidException(CampaignErrorCode.INVALID_CONTINUATION, p);
                    }
                    return readable(caller, p);
                })
                .toList();
        repository.replaceContinuation(campaign, predecessors);
        return repository.find(id, null).orElseThrow();
    }

    /** The campaigns this one continues that the caller reads. */
    public List<Campaign> predecessors(Caller caller, Campaign campaign) {
        return campaign.continues().stream()
                .map(p -> repository.find(p, caller.readScope()))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Fills in what a document may leave out: the standard periods, empty targets and quotas. */
    private static CampaignDocument completed(CampaignDocument request) {
        CampaignDocument document = request;
        if (document.periods() == null || document.periods().isEmpty()) {
            document = document.withPeriods(
                    PeriodGenerator.standard(request.firstYear(), request.lastYear(), request.periodConvention()));
        }
        return new CampaignDocument(
                null,
                null,
                document.issuerCode(),
                document.name(),
                document.firstYear(),
                document.lastYear(),
                document.periodConvention() == null ? PeriodGenerator.DECREE_09 : document.periodConvention(),
                document.document(),
                document.fields(),
                document.periods(),
                document.targets() == null ? List.of() : document.targets(),
                document.quotas() == null ? List.of() : document.quotas(),
                Boolean.TRUE.equals(document.approvalFromAbove()));
    }

    /** The issuer is looked up in the structure in force when the campaign starts. */
    private static LocalDate issuerDay(CampaignDocument document) {
        return document.periods().stream()
                .map(CampaignDocument.Period::lastDay)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.of(document.firstYear(), 6, 30));
    }
}
