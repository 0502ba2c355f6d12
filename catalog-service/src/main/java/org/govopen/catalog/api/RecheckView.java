package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.UUID;
import org.govopen.catalog.domain.DocumentRecheck;

/** A periodic re-check of a document's attribute and its outcome. */
public record RecheckView(UUID id, UUID documentId, LocalDate checkedOn, String previousAttribute,
                          String attribute, String reason, String checkedBy) {

    public static RecheckView of(DocumentRecheck r) {
        return new RecheckView(r.id, r.documentId, r.checkedOn, r.previousAttribute.name(), r.attribute.name(),
                r.reason, r.checkedBy);
    }
}
