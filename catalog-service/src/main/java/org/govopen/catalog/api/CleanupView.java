package org.govopen.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.DocumentCleanup;
import org.govopen.catalog.domain.GovDocument;

/** A published clean-up result: which documents lost force, when and why. */
public record CleanupView(UUID id, String unit, String note, OffsetDateTime publishedAt,
                          List<CleanedDocument> documents) {

    public record CleanedDocument(String documentNumber, String title, LocalDate obsoleteOn, String reason) {
    }

    /** {@code documents}: those the clean-up announced, in the order they lost force. */
    public static CleanupView of(DocumentCleanup c, List<GovDocument> documents) {
        return new CleanupView(c.id, c.unit, c.note, c.publishedAt, documents.stream()
                .map(d -> new CleanedDocument(d.documentNumber, d.title, d.obsoleteOn, d.obsoleteReason)).toList());
    }
}
