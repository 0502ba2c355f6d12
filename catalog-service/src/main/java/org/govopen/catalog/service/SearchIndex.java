package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.govopen.commons.text.ChineseTerms;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.govopen.catalog.api.SearchHitView;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.UnitScope;

/**
 * Full-text search over what the public may see — the latest published version of each entry and every
 * published item — in PostgreSQL, with terms from {@link ChineseTerms}. Each document keeps two vectors:
 * {@code terms}, every heading and body term without positions (small, matched through a GIN index), and
 * {@code heading}, the heading's terms with positions. Matches are ordered by how much of the query the heading
 * holds ({@code ts_rank}, normalised by heading length), then by recency; the body's share of the query breaks ties
 * among the first candidates. Ranking reads only the small heading vectors of all matches, never the bodies, and
 * uses {@code ts_rank} rather than {@code ts_rank_cd}, four times cheaper on queries widened by synonyms: that is
 * what keeps a common query fast over 100,000 documents (benchmarks/run-catalog.sh).
 */
@ApplicationScoped
public class SearchIndex {

    public static final String ENTRY = "entry";
    public static final String ITEM = "item";
    private static final int MAX_INDEXED_CHARS = 20_000;
    private static final int SUMMARY_CHARS = 160;
    private static final int MAX_POSITION = 16_383;
    /** Matches re-ranked with their body terms, beyond the page asked for. */
    private static final int CANDIDATES = 200;

    /** Best first; the body's share of the query and recency break ties. */
    private static final Map<String, String> SORTS = Map.of(
            "-rank", "rank desc, published_on desc nulls last, ref_id");

    @Inject
    EntityManager em;

    /** A document's two vectors, as tsvector literals. */
    public record Vectors(String heading, String terms) {
    }

    /** The latest published version of an entry replaces its earlier one in the index. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void indexEntry(EntryVersion v) {
        var el = v.elements;
        String heading = join(el.name, el.firstLevelItem, el.secondLevelItem);
        String text = join(el.content, el.legalBasis, el.responsibleBody);
        upsert(ENTRY, v.entryId, v.entryId, v.unit, v.domain, el.name, el.content, v.publishedAt.toLocalDate(),
                vectors(heading, text));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void indexItem(InformationItem i) {
        String text = join(i.body, i.documentNumber);
        upsert(ITEM, i.id, i.entryId, i.unit, i.domain, i.title, i.body, i.publishedOn, vectors(i.title, text));
    }

    /**
     * Published entries and items matching {@code query} (and its synonyms), best first; optionally within a
     * unit and those below it, a domain, or one kind.
     */
    @SuppressWarnings("unchecked")
    public Page<SearchHitView> search(String query, String unit, String domain, String kind, PageRequest paging) {
        String order = paging.orderBy(SORTS, "-rank");
        String tsquery = tsquery(query);
        if (tsquery.isEmpty()) {
            return paging.page(List.of(), 0);
        }
        StringBuilder where = new StringBuilder("terms @@ q");
        if (unit != null) {
            where.append(" and (unit = :unit or unit like :below escape '\\')");
        }
        if (domain != null) {
            where.append(" and domain = :domain");
        }
        if (kind != null) {
            where.append(" and kind = :kind");
        }
        var q = em.createNativeQuery("""
                select kind, ref_id, entry_id, unit, domain, title, summary, published_on,
                       heading_rank + ts_rank(terms, q) / 10 as rank, total
                from (select kind, ref_id, entry_id, unit, domain, title, summary, published_on, terms,
                             ts_rank(heading, q, 1) as heading_rank, count(*) over () as total
                      from search_document, cast(:tsquery as tsquery) q
                      where %s
                      order by heading_rank desc, published_on desc nulls last
                      limit :candidates) c, cast(:tsquery as tsquery) q
                order by %s
                limit :size offset :offset""".formatted(where, order))
                .setParameter("tsquery", tsquery)
                .setParameter("candidates", paging.offset() + paging.size + CANDIDATES)
                .setParameter("size", paging.size)
                .setParameter("offset", paging.offset());
        if (unit != null) {
            q.setParameter("unit", unit).setParameter("below", UnitScope.belowPattern(unit));
        }
        if (domain != null) {
            q.setParameter("domain", domain);
        }
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        List<Object[]> rows = q.getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[9]).longValue();
        List<SearchHitView> hits = rows.stream().map(r -> new SearchHitView((String) r[0], uuid(r[1]), uuid(r[2]), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], date(r[7]), ((Number) r[8]).doubleValue())).toList();
        return paging.page(hits, total);
    }

    /** Each variant of the query: all its terms (AND); any variant (OR). Empty when nothing searchable remains. */
    static String tsquery(String query) {
        List<String> alternatives = new ArrayList<>();
        for (String variant : SearchSynonyms.variants(query.strip())) {
            List<String> terms = ChineseTerms.forQuery(variant);
            if (!terms.isEmpty()) {
                alternatives.add("(" + terms.stream().distinct().map(SearchIndex::quote).collect(Collectors.joining(" & ")) + ")");
            }
        }
        return String.join(" | ", alternatives);
    }

    /**
     * The two vectors of a document: the heading's terms (with single characters) weighted A with positions;
     * every term of heading and body, each once, without positions.
     */
    public static Vectors vectors(String heading, String text) {
        List<String> headingTerms = ChineseTerms.forHeading(cap(heading));
        StringBuilder positioned = new StringBuilder();
        int position = 1;
        for (String term : headingTerms) {
            if (!positioned.isEmpty()) {
                positioned.append(' ');
            }
            positioned.append(quote(term)).append(':').append(Math.min(position++, MAX_POSITION)).append('A');
        }
        var all = new java.util.LinkedHashSet<>(headingTerms);
        all.addAll(ChineseTerms.forText(cap(text)));
        return new Vectors(positioned.toString(), all.stream().map(SearchIndex::quote).collect(Collectors.joining(" ")));
    }

    private void upsert(String kind, UUID ref, UUID entryId, String unit, String domain, String title, String summary,
                        LocalDate publishedOn, Vectors vectors) {
        em.createNativeQuery("""
                insert into search_document (kind, ref_id, entry_id, unit, domain, title, summary, published_on,
                                             heading, terms)
                values (:kind, :ref, :entry, :unit, :domain, :title, :summary, :published, cast(:heading as tsvector),
                        cast(:terms as tsvector))
                on conflict (kind, ref_id) do update set unit = excluded.unit, domain = excluded.domain,
                    title = excluded.title, summary = excluded.summary, published_on = excluded.published_on,
                    heading = excluded.heading, terms = excluded.terms""")
                .setParameter("kind", kind).setParameter("ref", ref).setParameter("entry", entryId)
                .setParameter("unit", unit).setParameter("domain", domain).setParameter("title", title)
                .setParameter("summary", summary(summary)).setParameter("published", publishedOn)
                .setParameter("heading", vectors.heading()).setParameter("terms", vectors.terms())
                .executeUpdate();
    }

    private static UUID uuid(Object column) {
        return column instanceof UUID u ? u : UUID.fromString(column.toString());
    }

    private static LocalDate date(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof LocalDate d ? d : ((java.sql.Date) column).toLocalDate();
    }

    /** A term in PostgreSQL's tsvector/tsquery literal syntax. */
    private static String quote(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String summary(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SUMMARY_CHARS ? flat : flat.substring(0, SUMMARY_CHARS) + "…";
    }

    private static String cap(String text) {
        return text == null || text.length() <= MAX_INDEXED_CHARS ? text : text.substring(0, MAX_INDEXED_CHARS);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
    }
}
