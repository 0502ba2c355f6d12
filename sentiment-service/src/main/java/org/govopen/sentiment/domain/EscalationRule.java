package org.govopen.sentiment.domain;

import java.util.List;

/**
 * Rules.md §4 — a breached window escalates the incident one rung up its chain: the responsible unit → its
 * government's disclosure office → the government above (seed 003 §三: 上级政务公开办公室督促). The chain of rungs
 * is the unit's escalation policy <em>as it was when the incident opened</em> (frozen on the incident, so a later
 * change of policy does not rewrite open incidents); the units are resolved from the incident's current
 * responsibility, so a re-assessment that names another government escalates to that government's offices.
 */
public final class EscalationRule {

    /** The shipped chain. */
    public static final List<EscalationStep> DEFAULT_CHAIN = List.of(EscalationStep.RESPONSIBLE_UNIT,
            EscalationStep.DISCLOSURE_OFFICE, EscalationStep.GOVERNMENT_ABOVE);

    /** Where an incident stands after a breach: the rung and the unit it now sits with. */
    public record Rung(int step, EscalationStep kind, String unit) {
    }

    private EscalationRule() {
    }

    /**
     * The rung after {@code currentStep} on {@code chain}, or the top rung again when the incident already sits
     * there (a breach at the top is recorded, never lost).
     */
    public static Rung next(List<EscalationStep> chain, int currentStep, String responsibleGovernment) {
        int step = Math.min(currentStep + 1, chain.size() - 1);
        return rung(chain, step, responsibleGovernment);
    }

    public static Rung rung(List<EscalationStep> chain, int step, String responsibleGovernment) {
        EscalationStep kind = chain.get(step);
        return new Rung(step, kind, unitOf(kind, responsibleGovernment));
    }

    /** The unit a rung names: the responsible government itself, or the one above it (the top stays the top). */
    static String unitOf(EscalationStep kind, String government) {
        if (kind != EscalationStep.GOVERNMENT_ABOVE) {
            return government;
        }
        int slash = government.lastIndexOf('/');
        return slash < 0 ? government : government.substring(0, slash);
    }
}
