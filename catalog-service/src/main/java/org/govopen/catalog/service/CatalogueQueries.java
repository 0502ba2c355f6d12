package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.catalog.api.FieldChangeView;
import org.govopen.catalog.api.ItemView;
import org.govopen.catalog.api.PublishedEntryView;
import org.govopen.catalog.api.VersionView;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.domain.PublicationLevel;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.UnitScope;

/** Reading the public catalogue: what is published, every published version, and what changed between two. */
@ApplicationScoped
public class CatalogueQueries {

    /** Filters of the public list; null means "any" (a unit includes those below it). */
    public record BrowseFilter(String unit, String domain, PublicationLevel level) {
    }

    private static final Map<String, String> SORTS = Map.of(
            "unit", "v.unit, d.position, d.code, v.elements.firstLevelItem, v.elements.name");

    /** The latest published version of each entry. */
    public Page<VersionView> browse(BrowseFilter f, PageRequest paging) {
        StringBuilder q = new StringBuilder("""
                select v from EntryVersion v, CatalogEntry e, DisclosureDomain d
                where e.id = v.entryId and v.version = e.publishedVersion and d.code = v.domain""");
        Map<String, Object> params = new HashMap<>();
        if (f.unit() != null) {
            q.append(" and ").append(UnitScope.condition("v.unit", f.unit(), params));
        }
        if (f.domain() != null) {
            q.append(" and v.domain = :domain");
            params.put("domain", f.domain());
        }
        if (f.level() != null) {
            q.append(" and v.elements.level = :level");
            params.put("level", f.level());
        }
        var query = EntryVersion.<EntryVersion>find(q + " order by " + paging.orderBy(SORTS, "unit"), params);
        return paging.page(query.page(paging.page, paging.size).list().stream().map(VersionView::of).toList(),
                query.count());
    }

    /** The latest published version with the information published under the entry, newest first. */
    public PublishedEntryView publishedEntry(UUID id) {
        CatalogEntry e = CatalogEntry.findById(id);
        if (e == null || e.publishedVersion == null) {
            throw new ResourceNotFoundException("已公开的公开事项", id);
        }
        List<ItemView> items = InformationItem.<InformationItem>list(
                "entryId = ?1 and publishedOn is not null order by publishedOn desc", id).stream()
                .map(ItemView::of).toList();
        return new PublishedEntryView(VersionView.of(requireVersion(id, e.publishedVersion)), items);
    }

    /** Every published version, oldest first. */
    public List<VersionView> versions(UUID id) {
        List<EntryVersion> all = EntryVersion.allOf(id);
        if (all.isEmpty()) {
            throw new ResourceNotFoundException("已公开的公开事项", id);
        }
        return all.stream().map(VersionView::of).toList();
    }

    public VersionView version(UUID id, int version) {
        return VersionView.of(requireVersion(id, version));
    }

    /** What changed from version {@code from} to version {@code to}, element by element. */
    public List<FieldChangeView> diff(UUID id, int from, int to) {
        return EntryQueries.diff(requireVersion(id, from).elements, requireVersion(id, to).elements);
    }

    private static EntryVersion requireVersion(UUID id, int version) {
        return EntryVersion.of(id, version).orElseThrow(() -> new ResourceNotFoundException("公开事项版本", id + " v" + version));
    }
}
