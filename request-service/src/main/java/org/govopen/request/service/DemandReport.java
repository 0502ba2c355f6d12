package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.govopen.commons.security.UnitScope;
import org.govopen.request.api.DocumentDemandView;

/** Applications per requested document (by 文号, else title) in a period, most asked first (seed 002). */
@ApplicationScoped
public class DemandReport {

    @Inject
    EntityManager em;

    public List<DocumentDemandView> of(String unit, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select requested_document_number, max(requested_document_title), count(*), count(distinct applicant_key)
                from application
                where (unit = :unit or unit like :below escape '\\') and submitted_on between :from and :to
                  and (requested_document_number is not null or requested_document_title is not null)
                group by requested_document_number, case when requested_document_number is null then requested_document_title end
                order by 3 desc, 4 desc, 1
                limit 200""")
                .setParameter("unit", unit).setParameter("below", UnitScope.belowPattern(unit))
                .setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new DocumentDemandView((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }
}
