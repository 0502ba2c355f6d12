package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.text.ChineseTerms;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.KnowledgeForms;
import org.govopen.interaction.api.KnowledgeViews.FaqMatch;
import org.govopen.interaction.api.KnowledgeViews.FaqView;
import org.govopen.interaction.domain.FaqEntry;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.SimpleQuestionRule;

/**
 * The knowledge base (知识库): question/answer pairs an office keeps. A message is matched against the questions of
 * its desk and the units above, by words as the catalogue's search finds them ({@code ChineseTerms}): candidates share
 * a word with the message (a GIN index on the question's words), ranked by {@link SimpleQuestionRule#score}.
 */
@ApplicationScoped
public class KnowledgeBase {

    private static final int MATCHES = 3;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @Inject
    InteractionConfig config;

    @Transactional
    public FaqEntry add(KnowledgeForms.Faq form) {
        user.requireCovers(form.unit());
        FaqEntry f = new FaqEntry();
        f.id = UUID.randomUUID();
        f.createdAt = clock.now();
        fill(f, form);
        f.persist();
        return f;
    }

    @Transactional
    public FaqEntry update(UUID id, KnowledgeForms.Faq form) {
        FaqEntry f = find(id);
        user.requireCovers(form.unit());
        fill(f, form);
        return f;
    }

    @Transactional
    public void remove(UUID id) {
        find(id).delete();
    }

    public FaqEntry find(UUID id) {
        FaqEntry f = FaqEntry.findById(id);
        if (f == null || !user.covers(f.unit)) {
            throw new ResourceNotFoundException("FAQ entry", id);
        }
        return f;
    }

    public Page<FaqView> list(String unit, PageRequest paging) {
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        Map<String, Object> params = new HashMap<>();
        var q = FaqEntry.<FaqEntry>find(UnitScope.condition("unit", scope, params) + " order by updatedAt desc, id", params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(FaqView::of).toList(), q.count());
    }

    /** The closest questions for a message, best first. */
    @SuppressWarnings("unchecked")
    public List<FaqMatch> matches(Message m) {
        List<String> terms = ChineseTerms.forText(m.subject + "\n" + m.body);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<String> units = new ArrayList<>(UnitScope.ancestors(m.officeUnit));
        units.add(m.officeUnit);
        List<FaqEntry> candidates = em.createNativeQuery(
                        "select * from faq_entry where unit = any(cast(:units as text[])) and terms && cast(:terms as text[]) limit 200",
                        FaqEntry.class)
                .setParameter("units", units.toArray(String[]::new))
                .setParameter("terms", terms.toArray(String[]::new)).getResultList();
        double close = config.faq().closeMatch();
        return candidates.stream()
                .map(f -> {
                    double score = SimpleQuestionRule.score(List.of(f.terms), terms);
                    return new FaqMatch(f.id, f.question, f.answer, Math.round(score * 100) / 100.0,
                            SimpleQuestionRule.isCloseMatch(score, close));
                })
                .sorted(Comparator.comparingDouble(FaqMatch::score).reversed().thenComparing(FaqMatch::question))
                .limit(MATCHES).toList();
    }

    private void fill(FaqEntry f, KnowledgeForms.Faq form) {
        f.unit = form.unit();
        f.question = form.question().strip();
        f.answer = form.answer().strip();
        f.terms = ChineseTerms.forText(f.question).stream().distinct().toArray(String[]::new);
        f.updatedAt = clock.now();
    }
}
