package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.catalog.api.CleanupView;
import org.govopen.catalog.api.DocumentView;
import org.govopen.catalog.api.ProposalView;
import org.govopen.catalog.api.RecheckView;
import org.govopen.catalog.domain.ConversionProposal;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentCleanup;
import org.govopen.catalog.domain.DocumentDemand;
import org.govopen.catalog.domain.DocumentRecheck;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;

/** Reading documents: lists within a unit, re-checks, published clean-ups, and the demand for requested documents. */
@ApplicationScoped
public class DocumentQueries {

    /** Filters of the staff list: the unit (and those below it); null means "any", recheckOverdue only when true. */
    public record ListFilter(String unit, DisclosureAttribute attribute, DocumentStatus status, Boolean recheckOverdue) {
    }

    private static final Map<String, String> SORTS = Map.of("-formedOn", "formedOn desc, id");

    @Inject
    GovClock clock;

    public Page<DocumentView> list(ListFilter f, PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = new StringBuilder(UnitScope.condition("unit", f.unit(), params));
        if (f.attribute() != null) {
            q.append(" and attribute = :attribute");
            params.put("attribute", f.attribute());
        }
        if (f.status() != null) {
            q.append(" and status = :status");
            params.put("status", f.status());
        }
        if (Boolean.TRUE.equals(f.recheckOverdue())) {
            q.append(" and status = :inForce and nextRecheckOn < :today");
            params.put("inForce", DocumentStatus.IN_FORCE);
            params.put("today", clock.today());
        }
        var query = GovDocument.<GovDocument>find(q + " order by " + paging.orderBy(SORTS, "-formedOn"), params);
        return paging.page(query.page(paging.page, paging.size).list().stream().map(DocumentView::of).toList(),
                query.count());
    }

    /** The document's re-checks, oldest first. */
    public List<RecheckView> rechecks(UUID documentId) {
        return DocumentRecheck.<DocumentRecheck>list("documentId = ?1 order by checkedOn, at", documentId).stream()
                .map(RecheckView::of).toList();
    }

    /** A published clean-up with the documents it announced, in the order they lost force. */
    public CleanupView cleanup(DocumentCleanup c) {
        return CleanupView.of(c, GovDocument.list("cleanupId = ?1 order by obsoleteOn", c.id));
    }

    /** Published clean-ups, of every unit or of a unit and those below it, newest first. */
    public List<CleanupView> publishedCleanups(String unit) {
        List<DocumentCleanup> list = unit == null ? DocumentCleanup.list("order by publishedAt desc")
                : DocumentCleanup.list("unit = ?1 or unit like ?2 escape '\\' order by publishedAt desc", unit,
                        UnitScope.belowPattern(unit));
        return list.stream().map(this::cleanup).toList();
    }

    /** Requested documents of a unit and those below it, most applications first; optionally one proposal state. */
    public List<ProposalView> proposals(String unit, ConversionProposal proposal) {
        String q = "(unit = ?1 or unit like ?2 escape '\\')" + (proposal == null ? "" : " and proposal = ?3")
                + " order by applications desc, documentKey";
        List<DocumentDemand> rows = proposal == null ? DocumentDemand.list(q, unit, UnitScope.belowPattern(unit))
                : DocumentDemand.list(q, unit, UnitScope.belowPattern(unit), proposal);
        return rows.stream().map(ProposalView::of).toList();
    }
}
