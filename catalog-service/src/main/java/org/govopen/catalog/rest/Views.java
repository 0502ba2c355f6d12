package org.govopen.catalog.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.domain.DocumentCleanup;
import org.govopen.catalog.domain.DocumentDemand;
import org.govopen.catalog.domain.DocumentRecheck;
import org.govopen.catalog.domain.EntryAction;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.EntryLifecycle;
import org.govopen.catalog.domain.EntryTransition;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.service.EntryService;

/** What the API answers: read models of the catalogue's aggregates. */
public final class Views {

    private Views() {
    }

    public record UnitView(String path, String name, String kind, String kindLabel, String parentPath,
                           List<String> reviewDomains, String recheckCycle, int reviewWorkingDays, LocalDate reviewBy,
                           int conversionApplicants, int conversionApplications) {
        static UnitView of(Unit u) {
            return new UnitView(u.path, u.name, u.kind.name(), u.kind.label(), u.parentPath, u.reviewDomains,
                    u.recheckCycle.name(), u.reviewWorkingDays, u.reviewBy, u.conversionApplicants, u.conversionApplications);
        }
    }

    public record DomainView(String code, String name, boolean pilot, String unit) {
        static DomainView of(DisclosureDomain d) {
            return new DomainView(d.code, d.name, d.pilot, d.unit);
        }
    }

    /** The staff view of an entry: the working copy, where it stands, and what may be done next. */
    public record EntryView(UUID id, String unit, String domain, String state, String stateLabel,
                            Integer publishedVersion, @JsonUnwrapped EntryElements elements, String reviewComment,
                            List<EntryAction> allowedActions, List<EntryService.FieldChange> changesSincePublished,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static EntryView of(CatalogEntry e, EntryVersion published) {
            return new EntryView(e.id, e.unit, e.domain, e.state.name(), e.state.label(), e.publishedVersion,
                    e.elements, e.reviewComment, EntryLifecycle.allowedActions(e.state),
                    published == null ? List.of() : EntryService.diff(published.elements, e.elements),
                    e.createdAt, e.updatedAt);
        }
    }

    /** A published version, as the public reads it. */
    public record VersionView(UUID entryId, int version, String unit, String domain,
                              @JsonUnwrapped EntryElements elements, OffsetDateTime publishedAt) {
        static VersionView of(EntryVersion v) {
            return new VersionView(v.entryId, v.version, v.unit, v.domain, v.elements, v.publishedAt);
        }
    }

    public record HistoryEntry(String action, String actionLabel, String fromState, String toState, String actor,
                               OffsetDateTime at, String note) {
        static HistoryEntry of(EntryTransition t) {
            return new HistoryEntry(t.action.name(), t.action.label(), t.fromState == null ? null : t.fromState.name(),
                    t.toState.name(), t.actor, t.at, t.note);
        }
    }

    public record ItemView(UUID id, UUID entryId, String unit, String domain, String title, String body, String link,
                           String documentNumber, LocalDate formedOn, LocalDate dueOn, LocalDate publishedOn,
                           boolean late) {
        static ItemView of(InformationItem i) {
            return new ItemView(i.id, i.entryId, i.unit, i.domain, i.title, i.body, i.link, i.documentNumber,
                    i.formedOn, i.dueOn, i.publishedOn, i.late);
        }
    }

    public record DocumentView(UUID id, String unit, String documentNumber, String title, String attribute,
                               String attributeLabel, String marking, String reason, LocalDate formedOn, String url,
                               String status, LocalDate nextRecheckOn, LocalDate obsoleteOn, String obsoleteReason,
                               UUID cleanupId) {
        static DocumentView of(GovDocument d) {
            return new DocumentView(d.id, d.unit, d.documentNumber, d.title, d.attribute.name(), d.attribute.label(),
                    d.attribute.marking(), d.reason, d.formedOn, d.url, d.status.name(), d.nextRecheckOn, d.obsoleteOn,
                    d.obsoleteReason, d.cleanupId);
        }
    }

    public record RecheckView(UUID id, UUID documentId, LocalDate checkedOn, String previousAttribute,
                              String attribute, String reason, String checkedBy) {
        static RecheckView of(DocumentRecheck r) {
            return new RecheckView(r.id, r.documentId, r.checkedOn, r.previousAttribute.name(), r.attribute.name(),
                    r.reason, r.checkedBy);
        }
    }

    /** A published clean-up result: which documents lost force, when and why. */
    public record CleanupView(UUID id, String unit, String note, OffsetDateTime publishedAt,
                              List<CleanedDocument> documents) {
        public record CleanedDocument(String documentNumber, String title, LocalDate obsoleteOn, String reason) {
        }

        static CleanupView of(DocumentCleanup c) {
            List<GovDocument> docs = GovDocument.list("cleanupId = ?1 order by obsoleteOn", c.id);
            return new CleanupView(c.id, c.unit, c.note, c.publishedAt, docs.stream()
                    .map(d -> new CleanedDocument(d.documentNumber, d.title, d.obsoleteOn, d.obsoleteReason)).toList());
        }
    }

    public record ProposalView(UUID id, String unit, String documentKey, String documentNumber, String title,
                               int applications, int applicants, String proposal, OffsetDateTime proposedAt,
                               OffsetDateTime decidedAt, String decidedBy, String decisionNote) {
        static ProposalView of(DocumentDemand d) {
            return new ProposalView(d.id, d.unit, d.documentKey, d.documentNumber, d.title, d.applications,
                    d.applicants, d.proposal.name(), d.proposedAt, d.decidedAt, d.decidedBy, d.decisionNote);
        }
    }
}
