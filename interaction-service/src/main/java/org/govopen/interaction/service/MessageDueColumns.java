package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineChanged;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.interaction.domain.Message;

/**
 * Keeps the message's copy of its reply deadline ({@code reply_due_*}) equal to the kernel's row: every change —
 * receipt, triage, a pause, an extension, the reply, a reopening, a calendar year loaded at run time — fires
 * {@link DeadlineChanged} in its own transaction and this writes the copy in the same one. A message received in
 * this transaction is not written yet: {@link ReplyClock#start} copies onto it.
 */
@ApplicationScoped
public class MessageDueColumns {

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    org.govopen.commons.time.GovClock clock;

    void onChange(@Observes DeadlineChanged change) {
        var key = change.key();
        if (!MessageDeadlines.AGGREGATE.equals(key.aggregateType()) || !MessageDeadlines.REPLY.equals(key.kind())) {
            return;
        }
        if (deadlines.createdInThisTransaction(key.aggregateType(), key.aggregateId())) {
            return;
        }
        Message m = em.find(Message.class, UUID.fromString(key.aggregateId()));
        if (m != null) {
            boolean moved = m.replyDueDate != null && !m.replyDueDate.equals(change.dueDate());
            copy(m, change.state(), change.dueDate(), change.dueAt());
            if (moved && clock.now().isAfter(m.updatedAt)) {
                m.updatedAt = clock.now(); // the statistics rollup recomputes the day (a calendar year loaded moved it)
            }
        }
    }

    static void copy(Message m, Deadline reply) {
        copy(m, reply.state, reply.dueDate, reply.dueAt);
    }

    private static void copy(Message m, DeadlineState state, LocalDate dueDate, OffsetDateTime dueAt) {
        m.replyDueDate = dueDate;
        m.replyDueAt = state == DeadlineState.CLOSED ? null : dueAt;
        m.replyClock = state;
    }
}
