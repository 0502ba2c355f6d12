package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.govopen.catalog.api.EntryView;
import org.govopen.catalog.api.FieldChangeView;
import org.govopen.catalog.api.ItemView;
import org.govopen.catalog.api.TransitionView;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.EntryState;
import org.govopen.catalog.domain.EntryTransition;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.UnitScope;

/** Reading entries for staff: lists within a unit, one entry's working copy, its history and its information. */
@ApplicationScoped
public class EntryQueries {

    /** Filters of the staff list: the unit (and those below it); null domain or state means "any". */
    public record ListFilter(String unit, String domain, EntryState state) {
    }

    private static final Map<String, String> SORTS = Map.of(
            "unit", "unit, domain, elements.firstLevelItem, elements.name");

    public Page<EntryView> list(ListFilter f, PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = new StringBuilder(UnitScope.condition("unit", f.unit(), params));
        if (f.domain() != null) {
            q.append(" and domain = :domain");
            params.put("domain", f.domain());
        }
        if (f.state() != null) {
            q.append(" and state = :state");
            params.put("state", f.state());
        }
        var query = CatalogEntry.<CatalogEntry>find(q + " order by " + paging.orderBy(SORTS, "unit"), params);
        return paging.page(query.page(paging.page, paging.size).list().stream().map(this::view).toList(),
                query.count());
    }

    /** The working copy with what changed since its published version. */
    public EntryView view(CatalogEntry e) {
        EntryVersion published = e.publishedVersion == null ? null : EntryVersion.of(e.id, e.publishedVersion).orElse(null);
        return EntryView.of(e, published == null ? List.of() : diff(published.elements, e.elements));
    }

    public List<TransitionView> history(UUID entryId) {
        return EntryTransition.<EntryTransition>list("entryId = ?1 order by id", entryId).stream()
                .map(TransitionView::of).toList();
    }

    /** All information under the entry, published or still due, newest first. */
    public List<ItemView> items(UUID entryId) {
        return InformationItem.<InformationItem>list("entryId = ?1 order by formedOn desc", entryId).stream()
                .map(ItemView::of).toList();
    }

    /** Element by element, what changed from {@code before} to {@code after}. */
    public static List<FieldChangeView> diff(EntryElements before, EntryElements after) {
        var a = before.readable();
        var b = after.readable();
        List<FieldChangeView> changes = new ArrayList<>();
        for (var field : a.keySet()) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                changes.add(new FieldChangeView(field, EntryElements.LABELS.get(field), a.get(field), b.get(field)));
            }
        }
        return changes;
    }
}
