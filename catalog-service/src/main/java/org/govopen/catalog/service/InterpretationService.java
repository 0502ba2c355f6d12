package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.api.DocumentForms;
import org.govopen.catalog.api.InspectionReportView.InterpretationRef;
import org.govopen.catalog.api.InterpretationView;
import org.govopen.catalog.api.PublicDocumentView;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.InterpretationRule;
import org.govopen.catalog.domain.PolicyInterpretation;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;

/**
 * Policy interpretations (政策解读) of documents, 谁起草、谁解读: added before the document is published they go
 * public with it; added after, they are published at once and recorded as late ({@link InterpretationRule}).
 */
@ApplicationScoped
public class InterpretationService {

    @Inject
    DocumentService documents;

    @Inject
    GovClock clock;

    @Transactional
    public InterpretationView add(UUID documentId, DocumentForms.NewInterpretationForm form, String actor) {
        GovDocument d = documents.lockedInForce(documentId);
        String department = trimToNull(form.draftingDepartment()) != null ? form.draftingDepartment().trim() : d.draftingDepartment;
        if (department == null) {
            throw new InvalidInputException("draftingDepartment", "须写明起草部门（谁起草、谁解读）");
        }
        if (trimToNull(form.content()) == null && trimToNull(form.materialsUrl()) == null) {
            throw new InvalidInputException("content", "解读须有内容或材料地址");
        }
        PolicyInterpretation i = new PolicyInterpretation();
        i.id = UUID.randomUUID();
        i.documentId = d.id;
        i.unit = d.unit;
        i.form = form.form();
        i.title = form.title().trim();
        i.content = trimToNull(form.content());
        i.materialsUrl = trimToNull(form.materialsUrl());
        i.draftingDepartment = department;
        i.interpreter = form.interpreter().trim();
        i.interpreterIsHead = Boolean.TRUE.equals(form.interpreterIsHead());
        i.createdAt = clock.now();
        i.createdBy = actor;
        if (d.isPublished()) {
            i.publishedOn = clock.today();
            i.daysLate = InterpretationRule.daysLate(d.publishedOn, i.publishedOn);
        }
        i.persist();
        return InterpretationView.of(i, d);
    }

    public List<InterpretationView> ofDocument(UUID documentId) {
        GovDocument d = documents.require(documentId);
        return PolicyInterpretation.<PolicyInterpretation>list("documentId = ?1 order by createdAt", d.id).stream()
                .map(i -> InterpretationView.of(i, d)).toList();
    }

    /** A published document with its published interpretations; 404 for one not (yet) published. */
    public PublicDocumentView publicDocument(UUID id) {
        GovDocument d = GovDocument.findById(id);
        if (d == null || !d.isPublished()) {
            throw new ResourceNotFoundException("文件", id);
        }
        return PublicDocumentView.of(d, PolicyInterpretation.list("documentId = ?1 and publishedOn is not null order by publishedOn, createdAt", d.id));
    }

    /** A published interpretation with the link back to its document. */
    public InterpretationView publicInterpretation(UUID id) {
        PolicyInterpretation i = PolicyInterpretation.findById(id);
        if (i == null || !i.isPublished()) {
            throw new ResourceNotFoundException("政策解读", id);
        }
        return InterpretationView.of(i, documents.require(i.documentId));
    }

    /** Interpretations of the unit's documents published after them, latest first (for the inspection report). */
    public List<InterpretationRef> late(String unit) {
        return PolicyInterpretation.<PolicyInterpretation>list("unit = ?1 and daysLate > 0 order by publishedOn desc", unit).stream()
                .map(i -> {
                    GovDocument d = documents.require(i.documentId);
                    return new InterpretationRef(i.id, d.id, d.documentNumber, d.title, d.publishedOn, i.publishedOn, i.daysLate);
                }).toList();
    }
}
