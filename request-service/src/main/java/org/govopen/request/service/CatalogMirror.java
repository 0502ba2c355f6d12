package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.govopen.commons.time.GovClock;
import org.govopen.request.domain.PublishedInformation;
import org.govopen.request.domain.UnitName;

/**
 * What request-service keeps of catalog-service's data (docs/events/README.md, "Contracts"): information already
 * public — published items and documents made 主动公开, to answer "already public" — and unit names for letters.
 * Fed by {@code messaging.CatalogEventsListener}; each method runs in the consumer's transaction.
 */
@ApplicationScoped
public class CatalogMirror {

    /** Something published that an applicant may be pointed to. */
    public record PublicInformation(String id, String unit, String title, String url, String documentNumber,
                                    LocalDate publishedOn) {
    }

    @Inject
    GovClock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void itemPublished(PublicInformation item) {
        store(item, PublishedInformation.SOURCE_ITEM);
    }

    /** A document's disclosure attribute changed: proactive → public; anything else → no longer "already public". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void documentAttributeChanged(PublicInformation document, boolean proactive) {
        if (!proactive) {
            PublishedInformation.deleteById(document.id());
            return;
        }
        store(document, PublishedInformation.SOURCE_DOCUMENT);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void unitChanged(String path, String name, String kind, String parentUnit) {
        UnitName u = UnitName.<UnitName>findByIdOptional(path).orElseGet(UnitName::new);
        u.unit = path;
        u.name = name;
        u.kind = kind;
        u.parentUnit = parentUnit;
        u.updatedAt = clock.now();
        u.persist();
    }

    private void store(PublicInformation info, String source) {
        PublishedInformation p = PublishedInformation.findById(info.id());
        if (p == null) {
            p = new PublishedInformation();
            p.id = info.id();
        }
        p.source = source;
        p.unit = info.unit();
        p.title = info.title();
        p.url = info.url();
        p.documentNumber = info.documentNumber();
        p.publishedOn = info.publishedOn();
        p.updatedAt = clock.now();
        p.persist();
    }
}
