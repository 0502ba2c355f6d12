package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Case numbers {@code YYYY-NNNNNN}: unique and increasing within a year, from one PostgreSQL sequence per year.
 * {@code nextval} never waits for another registration's commit, so registrations do not queue behind each other;
 * the price is a gap when a registration fails after drawing its number (all validation happens before).
 */
@ApplicationScoped
public class CaseNumbers {

    private final Set<Integer> yearsWithSequence = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    @Inject
    CaseNumberSequences sequences;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        if (!yearsWithSequence.contains(year)) {
            sequences.ensure(year);
            yearsWithSequence.add(year);
        }
        Number n = (Number) em.createNativeQuery("select nextval(cast(:sequence as regclass))")
                .setParameter("sequence", CaseNumberSequences.name(year)).getSingleResult();
        return "%d-%06d".formatted(year, n.longValue());
    }
}
