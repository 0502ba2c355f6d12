package org.govopen.catalog.domain;

import static org.govopen.catalog.domain.EntryState.APPROVED;
import static org.govopen.catalog.domain.EntryState.DRAFT;
import static org.govopen.catalog.domain.EntryState.PUBLISHED;
import static org.govopen.catalog.domain.EntryState.RETURNED;
import static org.govopen.catalog.domain.EntryState.SUBMITTED;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govopen.commons.problem.IllegalTransitionException;

/**
 * Every allowed transition of a catalogue entry, in one place (rules.md §2 life cycle, seed 000):
 * <pre>
 * (new) ──create──▶ DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED ──publish──▶ PUBLISHED ─┐
 *                    ▲ edit             │ return (with comments)                              │ revise (动态调整)
 *                    │                  ▼                                                     │
 *                    └──── edit ──── RETURNED ◀────────────────────────────────────────────────┘ → DRAFT
 * </pre>
 * A returned entry may also be resubmitted as it is. Publishing makes a new immutable version; the previous
 * versions stay readable.
 */
public final class EntryLifecycle {

    private record Rule(Set<EntryState> from, EntryState to) {
    }

    private static final Map<EntryAction, Rule> RULES = new EnumMap<>(EntryAction.class);

    static {
        RULES.put(EntryAction.EDIT, new Rule(EnumSet.of(DRAFT, RETURNED), DRAFT));
        RULES.put(EntryAction.SUBMIT, new Rule(EnumSet.of(DRAFT, RETURNED), SUBMITTED));
        RULES.put(EntryAction.APPROVE, new Rule(EnumSet.of(SUBMITTED), APPROVED));
        RULES.put(EntryAction.RETURN, new Rule(EnumSet.of(SUBMITTED), RETURNED));
        RULES.put(EntryAction.PUBLISH, new Rule(EnumSet.of(APPROVED), PUBLISHED));
        RULES.put(EntryAction.REVISE, new Rule(EnumSet.of(PUBLISHED), DRAFT));
    }

    private EntryLifecycle() {
    }

    /** The state after {@code action}; a 409 naming the current state when it is not allowed. */
    public static EntryState next(EntryState current, EntryAction action) {
        if (action == EntryAction.CREATE) {
            if (current != null) {
                throw refused(current, action);
            }
            return DRAFT;
        }
        Rule rule = RULES.get(action);
        if (current == null || !rule.from().contains(current)) {
            throw refused(current, action);
        }
        return rule.to();
    }

    public static boolean allows(EntryState current, EntryAction action) {
        Rule rule = RULES.get(action);
        return rule != null && rule.from().contains(current);
    }

    public static List<EntryAction> allowedActions(EntryState state) {
        return Arrays.stream(EntryAction.values()).filter(a -> allows(state, a)).toList();
    }

    private static IllegalTransitionException refused(EntryState current, EntryAction action) {
        return new IllegalTransitionException(String.valueOf(current), current == null ? "未编制" : current.label(),
                action.label(), allowedActions(current).stream().map(Enum::name).toList());
    }
}
