package org.govopen.request.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.ApplicationStateMachine;
import org.govopen.request.domain.Transition;
import org.govopen.request.messaging.ApplicationEvent;

/**
 * Applies an action through the state machine, records the transition (who, when, from, to, note) and writes
 * its event to the outbox — all in the caller's transaction. Callers {@link #check} first, change the case and
 * its deadlines, then {@link #apply}, so the event carries the new due date.
 */
@ApplicationScoped
public class ApplicationTransitions {

    /** docs/events/govopen.request.application.v1.json: one schema for every action. */
    static final String EVENT_SCHEMA = "govopen.request.application";

    @Inject
    Outbox outbox;

    @Inject
    GovClock clock;

    @Inject
    ReplyClock replyClock;

    /** Checks that {@code action} is allowed now (409 naming the state otherwise), without applying it. */
    public void check(Application a, ApplicationAction action) {
        ApplicationStateMachine.next(a.state, action);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Transition apply(Application a, ApplicationAction action, String actor, String note, String staffOnlyNote) {
        ApplicationState from = action == ApplicationAction.REGISTER ? null : a.state;
        ApplicationState to = ApplicationStateMachine.next(from, action);
        a.state = to;
        // registration: the case was created at this instant (its row not yet written, or written with this time)
        a.updatedAt = from == null && a.createdAt != null ? a.createdAt : clock.now();
        Transition t = new Transition();
        t.applicationId = a.id;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = actor;
        t.at = a.updatedAt;
        t.note = trimToNull(note);
        t.staffOnlyNote = trimToNull(staffOnlyNote);
        t.persist();
        outbox.writeWithSchema(Topics.REQUEST_EVENTS, action.eventType(), EVENT_SCHEMA, a.aggregateId(), event(a, action, from));
        return t;
    }

    private ApplicationEvent event(Application a, ApplicationAction action, ApplicationState from) {
        var requested = a.requested.documentNumber == null && a.requested.documentTitle == null ? null
                : new ApplicationEvent.RequestedDocument(a.requested.documentNumber, a.requested.documentTitle);
        java.time.LocalDate due = a.state.isConcluded() ? null : replyClock.reply(a).map(d -> d.dueDate).orElse(null);
        String name = action.eventType().substring("govopen.request.application.".length());
        return new ApplicationEvent(a.id, a.caseNumber, a.unit, name, from, a.state, a.updatedAt, a.channel,
                a.applicant.kind, a.applicant.key, requested, a.receivedOn, due, a.replyOutcome(), a.excessive);
    }
}
