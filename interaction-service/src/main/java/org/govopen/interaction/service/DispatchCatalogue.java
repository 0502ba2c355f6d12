package org.govopen.interaction.service;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.KnowledgeForms;
import org.govopen.interaction.api.KnowledgeViews.RouteView;
import org.govopen.interaction.domain.DispatchRoute;
import org.govopen.interaction.domain.MatterRule;
import org.govopen.interaction.domain.Message;

/**
 * The dispatch catalogue (派单目录): category × matter → lead unit and assisting units, per office. The catalogue of
 * a message's desk and of the units above it applies; of several lines that fit, the one with the longest matter
 * named in the message wins, a line for the message's own category before a line for any category.
 */
@ApplicationScoped
public class DispatchCatalogue {

    static final String MATTERS = "dispatch-matters";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @Transactional
    @CacheInvalidateAll(cacheName = MATTERS)
    public DispatchRoute add(KnowledgeForms.Route form) {
        user.requireCovers(form.officeUnit());
        user.requireCovers(form.leadUnit());
        long same = DispatchRoute.count("officeUnit = ?1 and matter = ?2 and "
                + (form.category() == null ? "category is null" : "category = ?3"),
                form.category() == null ? new Object[] {form.officeUnit(), form.matter().strip()}
                        : new Object[] {form.officeUnit(), form.matter().strip(), form.category()});
        if (same > 0) {
            throw new ConflictException("派单目录中已有该单位、类别和事项的条目");
        }
        DispatchRoute r = new DispatchRoute();
        r.id = UUID.randomUUID();
        r.officeUnit = form.officeUnit();
        r.category = form.category();
        r.matter = form.matter().strip();
        r.leadUnit = form.leadUnit();
        r.assistingUnits = form.assistingUnits() == null ? new String[0]
                : form.assistingUnits().stream().distinct().filter(u -> !u.equals(form.leadUnit())).toArray(String[]::new);
        r.createdAt = clock.now();
        r.persist();
        return r;
    }

    @Transactional
    @CacheInvalidateAll(cacheName = MATTERS)
    public void remove(UUID id) {
        DispatchRoute r = DispatchRoute.findById(id);
        if (r == null || !user.covers(r.officeUnit)) {
            throw new ResourceNotFoundException("dispatch route", id);
        }
        r.delete();
    }

    public Page<RouteView> list(String officeUnit, PageRequest paging) {
        String scope = officeUnit == null ? user.requireUnit() : officeUnit;
        user.requireCovers(scope);
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        var q = DispatchRoute.<DispatchRoute>find(UnitScope.condition("officeUnit", scope, params) + " order by officeUnit, matter",
                params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(RouteView::of).toList(), q.count());
    }

    /** The lines that apply to a desk: its own and those of the units above it. */
    public List<DispatchRoute> applicableTo(String officeUnit) {
        List<String> units = new java.util.ArrayList<>(UnitScope.ancestors(officeUnit));
        units.add(officeUnit);
        return DispatchRoute.list("officeUnit in ?1", units);
    }

    /**
     * The matters a desk's messages are keyed by ({@link MatterRule}), read for every message received: cached, for
     * {@code quarkus.cache.caffeine."dispatch-matters".expire-after-write} (30 s) — a line added on another replica
     * applies to its new messages within that time, on this one at once.
     */
    @CacheResult(cacheName = MATTERS)
    public List<String> mattersFor(String officeUnit) {
        return applicableTo(officeUnit).stream().map(r -> r.matter).distinct().toList();
    }

    /** The line proposed for a message, if any. */
    public Optional<DispatchRoute> propose(Message m) {
        List<DispatchRoute> lines = applicableTo(m.officeUnit);
        Optional<String> matter = MatterRule.matterNamed(m.subject, m.body,
                lines.stream().filter(r -> r.category == null || r.category == m.category).map(r -> r.matter).toList());
        return matter.flatMap(name -> lines.stream()
                .filter(r -> r.matter.equals(name) && (r.category == null || r.category == m.category))
                .min(Comparator.comparing((DispatchRoute r) -> r.category == null)
                        .thenComparing(r -> -r.officeUnit.length())));
    }
}
