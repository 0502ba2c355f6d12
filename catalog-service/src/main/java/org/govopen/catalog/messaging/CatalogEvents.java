package org.govopen.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentDemand;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;

/**
 * The events of govopen.catalog.events (docs/events/README.md, "Contracts"), written to the outbox in the
 * caller's transaction. None carries personal data: item titles are stored masked.
 */
@ApplicationScoped
public class CatalogEvents {

    public static final String UNIT_CHANGED = "govopen.catalog.unit.changed";
    public static final String ENTRY_PUBLISHED = "govopen.catalog.entry.published";
    public static final String ENTRY_CHANGED = "govopen.catalog.entry.changed";
    public static final String ITEM_PUBLISHED = "govopen.catalog.item.published";
    public static final String ATTRIBUTE_CHANGED = "govopen.catalog.document.attribute-changed";
    /** On govopen.alerts: a document's applications reached the unit's threshold. */
    public static final String CONVERSION_PROPOSED = "govopen.alert.catalog.conversion-proposed";

    public record UnitChanged(String unit, String name, String kind, String parentUnit) {
    }

    public record EntryPublished(UUID entryId, int version, String unit, String domain, String firstLevelItem,
                                 String secondLevelItem, String name, String method, OffsetDateTime publishedAt) {
    }

    public record ItemPublished(UUID itemId, UUID entryId, String unit, String domain, String title, String url,
                                String documentNumber, LocalDate formedOn, LocalDate publishedOn, boolean late) {
    }

    public record AttributeChanged(UUID documentId, String unit, String documentNumber, String title,
                                   DisclosureAttribute attribute, DisclosureAttribute previousAttribute, String reason,
                                   LocalDate changedOn, String url) {
    }

    public record ConversionProposed(String unit, String documentKey, String documentNumber, String title,
                                     int applicants, int applications, int applicantsThreshold,
                                     int applicationsThreshold, UUID documentId, String message) {
    }

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void unitChanged(Unit u) {
        outbox.write(Topics.CATALOG_EVENTS, UNIT_CHANGED, u.path,
                new UnitChanged(u.path, u.name, u.kind.name(), u.parentPath));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void entryPublished(CatalogEntry e, EntryVersion v) {
        var el = v.elements;
        outbox.write(Topics.CATALOG_EVENTS, v.version == 1 ? ENTRY_PUBLISHED : ENTRY_CHANGED, e.aggregateId(),
                new EntryPublished(e.id, v.version, v.unit, v.domain, el.firstLevelItem, el.secondLevelItem, el.name,
                        el.method.name(), v.publishedAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void itemPublished(InformationItem i) {
        outbox.write(Topics.CATALOG_EVENTS, ITEM_PUBLISHED, i.id.toString(),
                new ItemPublished(i.id, i.entryId, i.unit, i.domain, i.title, i.link, i.documentNumber, i.formedOn,
                        i.publishedOn, i.late));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void attributeChanged(GovDocument d, DisclosureAttribute previous, LocalDate changedOn) {
        outbox.write(Topics.CATALOG_EVENTS, ATTRIBUTE_CHANGED, d.aggregateId(),
                new AttributeChanged(d.id, d.unit, d.documentNumber, d.title, d.attribute, previous, d.reason,
                        changedOn, d.url));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void conversionProposed(DocumentDemand demand, Unit unit, UUID documentId) {
        String what = demand.documentNumber != null ? demand.documentNumber : "《" + demand.title + "》";
        String message = "【转为主动公开建议】" + unit.name + "的" + what + "已有" + demand.applicants + "名申请人、"
                + demand.applications + "件申请，达到转为主动公开的标准，请复核其公开属性";
        outbox.write(Topics.ALERTS, CONVERSION_PROPOSED, demand.unit + "|" + demand.documentKey,
                new ConversionProposed(demand.unit, demand.documentKey, demand.documentNumber, demand.title,
                        demand.applicants, demand.applications, unit.conversionApplicants,
                        unit.conversionApplications, documentId, message));
    }
}
