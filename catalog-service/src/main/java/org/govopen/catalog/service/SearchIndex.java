package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.commons.rest.Page;
import org.govopen.commons.security.UnitScope;

/**
 * Full-text search over what the public may see — the latest published version of each entry and every
 * published item — in PostgreSQL: terms from {@link ChineseTerms} stored as a weighted {@code tsvector}
 * (names and titles weigh most), matched with a GIN index and ranked with {@code ts_rank_cd}.
 */
@ApplicationScoped
public class SearchIndex {

    public static final String ENTRY = "entry";
    public static final String ITEM = "item";
    private static final int MAX_INDEXED_CHARS = 20_000;
    private static final int SUMMARY_CHARS = 160;
    private static final int MAX_POSITION = 16_383;

    @Inject
    EntityManager em;

    public record Hit(String kind, UUID id, UUID entryId, String unit, String domain, String title, String summary,
                      LocalDate publishedOn, double rank) {
    }

    /** The latest published version of an entry replaces its earlier one in the index. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void indexEntry(EntryVersion v) {
        var el = v.elements;
        String heading = join(el.name, el.firstLevelItem, el.secondLevelItem);
        String text = join(el.content, el.legalBasis, el.responsibleBody);
        upsert(ENTRY, v.entryId, v.entryId, v.unit, v.domain, el.name, el.content, v.publishedAt.toLocalDate(),
                vector(heading, text));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void indexItem(InformationItem i) {
        String text = join(i.body, i.documentNumber);
        upsert(ITEM, i.id, i.entryId, i.unit, i.domain, i.title, i.body, i.publishedOn, vector(i.title, text));
    }

    /**
     * Published entries and items matching {@code query} (and its synonyms), best first; optionally within a
     * unit and those below it, a domain, or one kind.
     */
    @SuppressWarnings("unchecked")
    public Page<Hit> search(String query, String unit, String domain, String kind, int page, int size) {
        String tsquery = tsquery(query);
        if (tsquery.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
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
                       ts_rank_cd(terms, q, 1) as rank, count(*) over () as total
                from search_document, cast(:tsquery as tsquery) q
                where %s
                order by rank desc, published_on desc nulls last, ref_id
                limit :size offset :offset""".formatted(where))
                .setParameter("tsquery", tsquery)
                .setParameter("size", size)
                .setParameter("offset", page * size);
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
        List<Hit> hits = rows.stream().map(r -> new Hit((String) r[0], uuid(r[1]), uuid(r[2]), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], date(r[7]), ((Number) r[8]).doubleValue())).toList();
        return new Page<>(hits, page, size, total);
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

    /** A tsvector literal: heading terms weigh A, the rest B; positions in order of appearance. */
    public static String vector(String heading, String text) {
        StringBuilder out = new StringBuilder();
        int position = 1;
        position = append(out, ChineseTerms.forIndex(cap(heading)), 'A', position);
        append(out, ChineseTerms.forIndex(cap(text)), 'B', position);
        return out.toString();
    }

    private static int append(StringBuilder out, List<String> terms, char weight, int position) {
        for (String term : terms) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(quote(term)).append(':').append(Math.min(position++, MAX_POSITION)).append(weight);
        }
        return position;
    }

    private void upsert(String kind, UUID ref, UUID entryId, String unit, String domain, String title, String summary,
                        LocalDate publishedOn, String vector) {
        em.createNativeQuery("""
                insert into search_document (kind, ref_id, entry_id, unit, domain, title, summary, published_on, terms)
                values (:kind, :ref, :entry, :unit, :domain, :title, :summary, :published, cast(:terms as tsvector))
                on conflict (kind, ref_id) do update set unit = excluded.unit, domain = excluded.domain,
                    title = excluded.title, summary = excluded.summary, published_on = excluded.published_on,
                    terms = excluded.terms""")
                .setParameter("kind", kind).setParameter("ref", ref).setParameter("entry", entryId)
                .setParameter("unit", unit).setParameter("domain", domain).setParameter("title", title)
                .setParameter("summary", summary(summary)).setParameter("published", publishedOn)
                .setParameter("terms", vector)
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
