package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Case numbers {@code YYYY-NNNNNN}, one gap-free sequence per year, safe under concurrent registrations. */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number n = (Number) em.createNativeQuery("""
                insert into case_number_counter (year, last) values (:year, 1)
                on conflict (year) do update set last = case_number_counter.last + 1
                returning last""").setParameter("year", year).getSingleResult();
        return "%d-%06d".formatted(year, n.intValue());
    }
}
