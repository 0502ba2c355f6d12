package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.govopen.catalog.api.DocumentForms;
import org.govopen.catalog.domain.ConversionProposal;
import org.govopen.catalog.domain.ConversionThresholdRule;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentDemand;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.messaging.CatalogEvents;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;

/**
 * Demand-driven conversion (seed 002): applications per requested document, counted from request-service's
 * {@code registered} events; when a document's applicants or applications reach the unit's threshold
 * ({@link ConversionThresholdRule}), converting it to 主动公开 is proposed once and the unit alerted. The
 * unit accepts (the document becomes 主动公开) or declines with a reason.
 */
@ApplicationScoped
public class DemandService {

    public static final String CONVERSION_REASON = "依申请公开的人数和频次达到标准，转为主动公开";

    @Inject
    EntityManager em;

    @Inject
    CatalogEvents events;

    @Inject
    DocumentService documents;

    @Inject
    GovClock clock;

    /** One application for a document; in the caller's transaction (the consumer records the event id with it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApplication(String unitPath, String documentNumber, String title, String applicantKey,
                                  OffsetDateTime appliedAt) {
        String key = documentKey(documentNumber, title);
        if (key == null) {
            return;
        }
        em.createNativeQuery("""
                insert into document_demand (id, unit, document_key, document_number, title, applications, applicants,
                                             last_applied_at, proposal)
                values (:id, :unit, :key, :number, :title, 0, 0, :at, 'NONE')
                on conflict (unit, document_key) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("unit", unitPath).setParameter("key", key)
                .setParameter("number", trimToNull(documentNumber)).setParameter("title", maskedTitle(title))
                .setParameter("at", appliedAt).executeUpdate();
        DocumentDemand demand = DocumentDemand.find("unit = ?1 and documentKey = ?2", unitPath, key)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean newApplicant = applicantKey != null && em.createNativeQuery("""
                insert into document_demand_applicant (unit, document_key, applicant_key) values (:unit, :key, :applicant)
                on conflict do nothing""")
                .setParameter("unit", unitPath).setParameter("key", key).setParameter("applicant", applicantKey)
                .executeUpdate() == 1;
        demand.applications++;
        if (newApplicant) {
            demand.applicants++;
        }
        if (demand.title == null) {
            demand.title = maskedTitle(title);
        }
        demand.lastAppliedAt = appliedAt;
        Unit unit = Unit.findById(unitPath);
        if (unit == null || demand.proposal != ConversionProposal.NONE
                || !ConversionThresholdRule.reached(unit, demand.applicants, demand.applications)) {
            return;
        }
        Optional<GovDocument> document = registered(demand);
        if (document.isPresent() && document.get().attribute == DisclosureAttribute.PROACTIVE) {
            return; // already proactive: nothing to propose
        }
        demand.proposal = ConversionProposal.PROPOSED;
        demand.proposedAt = clock.now();
        events.conversionProposed(demand, unit, document.map(d -> d.id).orElse(null));
    }

    /** The unit accepts: the registered document becomes 主动公开 (announced like any attribute change). */
    @Transactional
    public DocumentDemand accept(UUID id, String actor, String note) {
        DocumentDemand demand = proposed(id);
        GovDocument document = registered(demand).orElseThrow(() -> new ConflictException(
                "本单位未登记该文件（" + demand.documentKey + "），请先登记文件及其公开属性"));
        if (document.attribute != DisclosureAttribute.PROACTIVE) {
            documents.changeAttribute(document.id, new DocumentForms.AttributeDecisionForm(DisclosureAttribute.PROACTIVE,
                    note == null || note.isBlank() ? CONVERSION_REASON : note, null, null));
        }
        decide(demand, ConversionProposal.ACCEPTED, actor, note);
        return demand;
    }

    @Transactional
    public DocumentDemand decline(UUID id, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "不转为主动公开须说明理由");
        }
        DocumentDemand demand = proposed(id);
        decide(demand, ConversionProposal.DECLINED, actor, reason);
        return demand;
    }

    public DocumentDemand require(UUID id) {
        return DocumentDemand.<DocumentDemand>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("转为主动公开建议", id));
    }

    public Optional<GovDocument> registered(DocumentDemand demand) {
        if (demand.documentNumber != null) {
            Optional<GovDocument> byNumber = GovDocument.find("unit = ?1 and documentNumber = ?2 and status = ?3",
                    demand.unit, demand.documentNumber, DocumentStatus.IN_FORCE).firstResultOptional();
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return demand.title == null ? Optional.empty()
                : GovDocument.find("unit = ?1 and title = ?2 and status = ?3", demand.unit, demand.title,
                        DocumentStatus.IN_FORCE).firstResultOptional();
    }

    /** What an applicant typed may name a person: the title is kept, and alerted, de-identified (seed 002). */
    private static String maskedTitle(String title) {
        String t = trimToNull(title);
        return t == null ? null : org.govopen.commons.privacy.PersonalDataMasker.maskText(t);
    }

    /** The number when the applicant gave one, else the title without spaces and book-title marks. */
    static String documentKey(String number, String title) {
        String n = trimToNull(number);
        if (n != null) {
            return n.replaceAll("\\s+", "");
        }
        String t = maskedTitle(title);
        return t == null ? null : t.replaceAll("[\\s《》〈〉]", "");
    }

    private DocumentDemand proposed(UUID id) {
        DocumentDemand demand = DocumentDemand.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (demand == null) {
            throw new ResourceNotFoundException("转为主动公开建议", id);
        }
        if (demand.proposal != ConversionProposal.PROPOSED) {
            throw new ConflictException("该建议当前状态为 " + demand.proposal + "，不能再处理");
        }
        return demand;
    }

    private void decide(DocumentDemand demand, ConversionProposal outcome, String actor, String note) {
        demand.proposal = outcome;
        demand.decidedAt = clock.now();
        demand.decidedBy = actor;
        demand.decisionNote = trimToNull(note);
    }
}
