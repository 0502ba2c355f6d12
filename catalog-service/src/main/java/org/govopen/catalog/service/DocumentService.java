package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.catalog.api.DocumentForms;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentCleanup;
import org.govopen.catalog.domain.DocumentRecheck;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.InterpretationRule;
import org.govopen.catalog.domain.PolicyInterpretation;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.messaging.CatalogEvents;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.problem.ProblemType;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;

/**
 * Documents and their disclosure attribute (公开属性源头认定): marked when drafted, 依申请公开 and 不予公开 only
 * with a reason; those are re-checked by the unit's cycle (a deadline row warns before and raises a breach
 * when a re-check is overdue); obsolete documents are cleaned up and the result published. Every attribute
 * change is announced, so request-service knows what is public.
 */
@ApplicationScoped
public class DocumentService {

    static final String AGGREGATE = "document";
    static final String RECHECK_DEADLINE = "recheck";

    @Inject
    UnitService units;

    @Inject
    CatalogEvents events;

    @Inject
    Deadlines deadlines;

    @Inject
    CatalogConfig config;

    @Inject
    GovClock clock;

    @Transactional
    public GovDocument register(DocumentForms.NewDocumentForm form) {
        Unit unit = units.require(form.unit());
        requireReason(form.attribute(), form.reason());
        if (form.formedOn().isAfter(clock.today())) {
            throw new InvalidInputException("formedOn", "成文日期不能晚于今天");
        }
        String number = trimToNull(form.documentNumber());
        if (number != null && GovDocument.count("unit = ?1 and documentNumber = ?2", unit.path, number) > 0) {
            throw new ConflictException("本单位已登记文号为“" + number + "”的文件");
        }
        OffsetDateTime now = clock.now();
        GovDocument d = new GovDocument();
        d.id = UUID.randomUUID();
        d.unit = unit.path;
        d.documentNumber = number;
        d.title = form.title().trim();
        d.attribute = form.attribute();
        d.reason = trimToNull(form.reason());
        d.formedOn = form.formedOn();
        d.url = trimToNull(form.url());
        d.status = DocumentStatus.IN_FORCE;
        d.needsInterpretation = form.interpretationNeeded();
        d.kind = form.kind() == null ? org.govopen.catalog.domain.DocumentKind.OTHER : form.kind();
        d.draftingDepartment = trimToNull(form.draftingDepartment());
        d.createdAt = now;
        d.updatedAt = now;
        d.persist();
        schedule(d, unit, d.formedOn);
        events.attributeChanged(d, null, d.formedOn);
        return d;
    }

    /** A change of attribute outside the re-check cycle (情势变化, or a conversion to 主动公开). */
    @Transactional
    public GovDocument changeAttribute(UUID id, DocumentForms.AttributeDecisionForm decision) {
        GovDocument d = lockedInForce(id);
        requireReason(decision.attribute(), decision.reason());
        LocalDate on = decidedOn(decision, d);
        DisclosureAttribute previous = d.attribute;
        apply(d, decision);
        schedule(d, units.require(d.unit), on);
        if (previous != d.attribute) {
            events.attributeChanged(d, previous, on);
        }
        return d;
    }

    /** Records a periodic re-check; the next one is scheduled from its day, and a changed attribute announced. */
    @Transactional
    public DocumentRecheck recheck(UUID id, DocumentForms.AttributeDecisionForm decision, String actor) {
        GovDocument d = lockedInForce(id);
        if (!d.attribute.isRechecked()) {
            throw new ConflictException("主动公开的文件无需复核公开属性");
        }
        requireReason(decision.attribute(), decision.reason());
        LocalDate on = decidedOn(decision, d);
        DocumentRecheck r = new DocumentRecheck();
        r.id = UUID.randomUUID();
        r.documentId = d.id;
        r.checkedOn = on;
        r.previousAttribute = d.attribute;
        r.attribute = decision.attribute();
        r.reason = trimToNull(decision.reason());
        r.checkedBy = actor;
        r.at = clock.now();
        r.persist();
        apply(d, decision);
        schedule(d, units.require(d.unit), on);
        if (r.previousAttribute != d.attribute) {
            events.attributeChanged(d, r.previousAttribute, on);
        }
        return r;
    }

    /**
     * Publishes a proactive document on the website with its interpretations (同步公开); one marked as needing
     * interpretation and having none is refused (409 naming what is missing), per {@link InterpretationRule}.
     */
    @Transactional
    public GovDocument publish(UUID id, DocumentForms.PublicationForm form, String actor) {
        GovDocument d = lockedInForce(id);
        if (d.isPublished()) {
            throw new ConflictException("文件已于" + d.publishedOn + "发布");
        }
        if (d.attribute != DisclosureAttribute.PROACTIVE) {
            throw new ConflictException("公开属性为“" + d.attribute.label() + "”的文件不在网站发布");
        }
        LocalDate on = form == null || form.publishedOn() == null ? clock.today() : form.publishedOn();
        if (on.isBefore(d.formedOn)) {
            throw new InvalidInputException("publishedOn", "发布日期不能早于成文日期 " + d.formedOn);
        }
        List<PolicyInterpretation> interpretations = PolicyInterpretation.list("documentId", d.id);
        InterpretationRule.publicationRefusal(d.needsInterpretation, interpretations.size()).ifPresent(why -> {
            throw new ProblemException(ProblemType.CONFLICT, why, List.of(), Map.of("missing", List.of("interpretation")));
        });
        d.publishedOn = on;
        d.publishedBy = actor;
        if (form != null && form.url() != null && !form.url().isBlank()) {
            d.url = form.url().trim();
        }
        d.updatedAt = clock.now();
        for (PolicyInterpretation i : interpretations) {
            i.publishedOn = on;
            i.daysLate = 0;
        }
        return d;
    }

    @Transactional
    public GovDocument declareObsolete(UUID id, DocumentForms.ObsolescenceForm form) {
        GovDocument d = lockedInForce(id);
        LocalDate on = form.obsoleteOn() == null ? clock.today() : form.obsoleteOn();
        if (on.isBefore(d.formedOn) || on.isAfter(clock.today())) {
            throw new InvalidInputException("obsoleteOn", "失效日期须在成文日期 " + d.formedOn + " 与今天之间");
        }
        d.status = DocumentStatus.OBSOLETE;
        d.obsoleteOn = on;
        d.obsoleteReason = form.reason().trim();
        d.nextRecheckOn = null;
        d.updatedAt = clock.now();
        deadlines.close(recheckKey(d));
        return d;
    }

    /** Publishes the clean-up result: every document of the unit declared obsolete and not yet announced. */
    @Transactional
    public DocumentCleanup publishCleanup(String unitPath, String note, String actor) {
        Unit unit = units.requireLocked(unitPath); // one clean-up of a unit at a time: none takes another's documents
        List<GovDocument> obsolete = GovDocument.list("unit = ?1 and status = ?2 and cleanupId is null order by obsoleteOn",
                unit.path, DocumentStatus.OBSOLETE);
        if (obsolete.isEmpty()) {
            throw new ConflictException("本单位没有待公布清理结果的失效文件");
        }
        DocumentCleanup c = new DocumentCleanup();
        c.id = UUID.randomUUID();
        c.unit = unit.path;
        c.note = trimToNull(note);
        c.publishedAt = clock.now();
        c.publishedBy = actor;
        c.persist();
        for (GovDocument d : obsolete) {
            d.cleanupId = c.id;
            d.updatedAt = c.publishedAt;
        }
        return c;
    }

    public GovDocument require(UUID id) {
        return GovDocument.<GovDocument>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("文件", id));
    }

    static DeadlineKey recheckKey(GovDocument d) {
        return DeadlineKey.of(AGGREGATE, d.aggregateId(), RECHECK_DEADLINE);
    }

    /** 依申请公开 and 不予公开 need a reason; without one the marking is refused (rules.md §2). */
    private static void requireReason(DisclosureAttribute attribute, String reason) {
        if (attribute.requiresReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "公开属性为“" + attribute.label() + "”的文件必须说明理由，否则不予登记");
        }
    }

    private void apply(GovDocument d, DocumentForms.AttributeDecisionForm decision) {
        d.attribute = decision.attribute();
        d.reason = decision.attribute().requiresReason() ? decision.reason().trim() : trimToNull(decision.reason());
        if (decision.url() != null && !decision.url().isBlank()) {
            d.url = decision.url().trim();
        }
        d.updatedAt = clock.now();
    }

    /** The re-check deadline follows the unit's cycle from {@code basis}; proactive documents have none. */
    private void schedule(GovDocument d, Unit unit, LocalDate basis) {
        if (!d.attribute.isRechecked()) {
            d.nextRecheckOn = null;
            deadlines.close(recheckKey(d));
            return;
        }
        d.nextRecheckOn = unit.recheckCycle.nextRecheck(basis);
        String label = "文件“" + (d.documentNumber != null ? d.documentNumber : d.title) + "”公开属性的定期复核";
        deadlines.openAt(recheckKey(d), label, d.unit, WorkdayCalendar.endOf(d.nextRecheckOn),
                WorkdayCalendar.startOf(d.nextRecheckOn.minusDays(config.recheckWarningDays())));
    }

    private LocalDate decidedOn(DocumentForms.AttributeDecisionForm decision, GovDocument d) {
        LocalDate on = decision.decidedOn() == null ? clock.today() : decision.decidedOn();
        if (on.isBefore(d.formedOn) || on.isAfter(clock.today())) {
            throw new InvalidInputException("decidedOn", "日期须在成文日期 " + d.formedOn + " 与今天之间");
        }
        return on;
    }

    GovDocument lockedInForce(UUID id) {
        GovDocument d = GovDocument.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResourceNotFoundException("文件", id);
        }
        if (d.status == DocumentStatus.OBSOLETE) {
            throw new ConflictException("文件已于" + d.obsoleteOn + "失效");
        }
        return d;
    }
}
