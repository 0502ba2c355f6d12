package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.domain.EscalationPolicy;
import org.govopen.sentiment.domain.EscalationRule;
import org.govopen.sentiment.domain.EscalationStep;

/** Units' escalation chains: the nearest unit (itself or above) with a policy gives it; else the shipped chain. */
@ApplicationScoped
public class EscalationPolicies {

    @Inject
    GovClock clock;

    public List<EscalationStep> chainFor(String unit) {
        List<String> nearestFirst = new java.util.ArrayList<>(org.govopen.commons.security.UnitScope.ancestors(unit));
        nearestFirst.add(unit);
        java.util.Collections.reverse(nearestFirst);
        for (String u : nearestFirst) {
            EscalationPolicy p = EscalationPolicy.findById(u);
            if (p != null) {
                return Arrays.stream(p.steps).map(EscalationStep::valueOf).toList();
            }
        }
        return EscalationRule.DEFAULT_CHAIN;
    }

    @Transactional
    public List<EscalationStep> set(String unit, List<EscalationStep> steps, String actor) {
        EscalationPolicy p = EscalationPolicy.findById(unit);
        if (p == null) {
            p = new EscalationPolicy();
            p.unit = unit;
        }
        p.steps = steps.stream().map(Enum::name).toArray(String[]::new);
        p.updatedAt = clock.now();
        p.updatedBy = actor;
        p.persist();
        return steps;
    }
}
