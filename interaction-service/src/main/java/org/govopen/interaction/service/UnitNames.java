package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.govopen.commons.time.GovClock;

/**
 * The units' names, kept from catalog-service's {@code govopen.catalog.unit.changed} (the one directory of units):
 * what a reply is signed with (答复单位) when the replying unit gives no name of its own.
 */
@ApplicationScoped
public class UnitNames {

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    /** A unit created or renamed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String unit, String name) {
        em.createNativeQuery("insert into unit_name (unit, name, updated_at) values (:unit, :name, :at) "
                        + "on conflict (unit) do update set name = excluded.name, updated_at = excluded.updated_at")
                .setParameter("unit", unit).setParameter("name", name).setParameter("at", clock.now()).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public Optional<String> nameOf(String unit) {
        List<String> names = em.createNativeQuery("select name from unit_name where unit = :unit")
                .setParameter("unit", unit).getResultList();
        return names.stream().findFirst();
    }
}
