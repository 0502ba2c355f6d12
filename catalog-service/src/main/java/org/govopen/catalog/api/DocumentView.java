package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.UUID;
import org.govopen.catalog.domain.GovDocument;

/** A registered document with its disclosure attribute and re-check schedule. */
public record DocumentView(UUID id, String unit, String documentNumber, String title, String attribute,
                           String attributeLabel, String marking, String reason, LocalDate formedOn, String url,
                           String status, LocalDate nextRecheckOn, LocalDate obsoleteOn, String obsoleteReason,
                           UUID cleanupId, boolean needsInterpretation, String draftingDepartment,
                           LocalDate publishedOn, String kind, String kindLabel) {

    public static DocumentView of(GovDocument d) {
        return new DocumentView(d.id, d.unit, d.documentNumber, d.title, d.attribute.name(), d.attribute.label(),
                d.attribute.marking(), d.reason, d.formedOn, d.url, d.status.name(), d.nextRecheckOn, d.obsoleteOn,
                d.obsoleteReason, d.cleanupId, d.needsInterpretation, d.draftingDepartment, d.publishedOn,
                d.kind.name(), d.kind.label());
    }
}
