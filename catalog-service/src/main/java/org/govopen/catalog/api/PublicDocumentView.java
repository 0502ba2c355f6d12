package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.PolicyInterpretation;

/** A published document as the public sees it, with links to its published interpretations (相互关联). */
public record PublicDocumentView(UUID id, String unit, String documentNumber, String title, LocalDate formedOn,
                                 LocalDate publishedOn, String url, String draftingDepartment, String status,
                                 List<InterpretationLink> interpretations) {

    /** One interpretation of the document: its form, title and public page. */
    public record InterpretationLink(UUID id, String form, String formLabel, String title, LocalDate publishedOn,
                                     String link) {

        static InterpretationLink of(PolicyInterpretation i) {
            return new InterpretationLink(i.id, i.form.name(), i.form.label(), i.title, i.publishedOn,
                    "/api/v1/public/interpretations/" + i.id);
        }
    }

    public static String link(UUID documentId) {
        return "/api/v1/public/documents/" + documentId;
    }

    public static PublicDocumentView of(GovDocument d, List<PolicyInterpretation> interpretations) {
        return new PublicDocumentView(d.id, d.unit, d.documentNumber, d.title, d.formedOn, d.publishedOn, d.url,
                d.draftingDepartment, d.status.name(), interpretations.stream().map(InterpretationLink::of).toList());
    }
}
