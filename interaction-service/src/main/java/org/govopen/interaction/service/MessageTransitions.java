package org.govopen.interaction.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.MessageStateMachine;
import org.govopen.interaction.domain.MessageTransition;
import org.govopen.interaction.messaging.MessageEvent;

/**
 * Applies an action through {@link MessageStateMachine}, records the transition (who, when, from, to, why) and
 * writes its event to the outbox, all in the caller's transaction. Callers {@link #check} first, change the message
 * and its deadline, then {@link #apply}, so that the event carries the new due date.
 */
@ApplicationScoped
public class MessageTransitions {

    /** docs/events/govopen.interaction.message.v1.json: one schema for every action. */
    static final String EVENT_SCHEMA = "govopen.interaction.message";

    @Inject
    Outbox outbox;

    @Inject
    GovClock clock;

    /** 409 naming the state unless {@code action} is allowed now. */
    public void check(Message m, MessageAction action) {
        MessageStateMachine.next(m.state, action);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public MessageTransition apply(Message m, MessageAction action, String actor, String note, String staffNote) {
        MessageState from = action == MessageAction.RECEIVE ? null : m.state;
        MessageState to = MessageStateMachine.next(from, action);
        m.state = to;
        m.updatedAt = from == null ? m.createdAt : clock.now();
        MessageTransition t = new MessageTransition();
        t.id = UUID.randomUUID();
        t.messageId = m.id;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = actor;
        t.at = m.updatedAt;
        t.note = trimToNull(note);
        t.staffNote = trimToNull(staffNote);
        t.persist();
        outbox.writeWithSchema(Topics.INTERACTION_EVENTS, action.eventType(), EVENT_SCHEMA, m.aggregateId(), event(m, action, from));
        return t;
    }

    private static MessageEvent event(Message m, MessageAction action, MessageState from) {
        return new MessageEvent(m.id, m.number, m.channel, m.hotlineTicket, m.category, m.officeUnit, m.leadUnit,
                List.of(m.assistingUnits), action.eventType().substring("govopen.interaction.message.".length()), from,
                m.state, m.updatedAt, m.simple, m.state.isAnswered() ? null : m.replyDueDate, m.repliedAt, m.satisfaction,
                m.mergedInto);
    }
}
