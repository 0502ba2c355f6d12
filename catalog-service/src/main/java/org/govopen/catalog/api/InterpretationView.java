package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.UUID;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.PolicyInterpretation;

/**
 * A policy interpretation (政策解读) with the link back to its document: {@code documentLink} is the document's
 * public page, so the two point at each other (相互关联).
 */
public record InterpretationView(UUID id, UUID documentId, String documentNumber, String documentTitle,
                                 String documentLink, String form, String formLabel, String title, String content,
                                 String materialsUrl, String draftingDepartment, String interpreter,
                                 boolean interpreterIsHead, LocalDate publishedOn, Integer daysLate) {

    public static InterpretationView of(PolicyInterpretation i, GovDocument d) {
        return new InterpretationView(i.id, d.id, d.documentNumber, d.title, PublicDocumentView.link(d.id),
                i.form.name(), i.form.label(), i.title, i.content, i.materialsUrl, i.draftingDepartment, i.interpreter,
                i.interpreterIsHead, i.publishedOn, i.daysLate);
    }
}
