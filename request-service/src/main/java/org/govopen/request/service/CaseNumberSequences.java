package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Creates a year's case-number sequence once, in a transaction of its own, safe against concurrent creators. */
@ApplicationScoped
public class CaseNumberSequences {

    @Inject
    EntityManager em;

    static String name(int year) {
        return "case_number_" + year;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year " + year);
        }
        // creators of one year wait for each other; "if not exists" then makes the later ones do nothing
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:sequence))").setParameter("sequence", name(year))
                .getSingleResult();
        em.createNativeQuery("create sequence if not exists " + name(year)).executeUpdate();
    }
}
