package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Message numbers {@code LY2026-000123} (留言编号): the year of receipt and one PostgreSQL sequence, unique and
 * increasing. {@code nextval} never waits for another transaction, so intakes do not queue behind each other; a
 * failed intake leaves a gap (all validation happens before).
 */
@ApplicationScoped
public class MessageNumbers {

    @Inject
    EntityManager em;

    /** {@code count} numbers in one round trip, for a batch of tickets. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public java.util.List<String> next(int year, int count) {
        java.util.List<Number> ns = em.createNativeQuery("select nextval('message_number_seq') from generate_series(1, :n)")
                .setParameter("n", count).getResultList();
        return ns.stream().map(n -> "LY%d-%06d".formatted(year, n.longValue())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number n = (Number) em.createNativeQuery("select nextval('message_number_seq')").getSingleResult();
        return "LY%d-%06d".formatted(year, n.longValue());
    }
}
