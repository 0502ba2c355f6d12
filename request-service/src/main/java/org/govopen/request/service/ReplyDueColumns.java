package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineChanged;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.request.domain.Application;

/**
 * Keeps the application's copy of its reply deadline ({@code reply_due_*}) equal to the kernel's deadline row:
 * every change to that row — receipt, a stop, a restart, an extension, a later reply date, the reply, a calendar
 * correction — fires {@link DeadlineChanged} in its own transaction, and this writes the copy in the same one, on
 * the managed entity (a separate SQL update would be overwritten by the entity's own flush). An application
 * registered in this transaction is not written yet: {@link ReplyClock#start} copies onto it with {@link #copy}.
 */
@ApplicationScoped
public class ReplyDueColumns {

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    void onChange(@Observes DeadlineChanged change) {
        var key = change.key();
        if (!ApplicationDeadlines.AGGREGATE.equals(key.aggregateType()) || !ApplicationDeadlines.REPLY.equals(key.kind())
                || !key.ref().isEmpty()) {
            return;
        }
        if (deadlines.createdInThisTransaction(key.aggregateType(), key.aggregateId())) {
            return;
        }
        Application a = em.find(Application.class, UUID.fromString(key.aggregateId()));
        if (a != null) {
            copy(a, change.state(), change.dueDate(), change.dueAt());
        }
    }

    static void copy(Application a, Deadline reply) {
        copy(a, reply.state, reply.dueDate, reply.dueAt);
    }

    private static void copy(Application a, DeadlineState state, java.time.LocalDate dueDate, java.time.OffsetDateTime dueAt) {
        a.replyDueDate = dueDate;
        a.replyDueAt = state == DeadlineState.CLOSED ? null : dueAt;
        a.replyClock = state;
    }
}
