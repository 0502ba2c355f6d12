package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.interaction.domain.Message;

/** Finds a message for a change: its deadline rows locked first (as the sweeper takes them), then the message. */
@ApplicationScoped
public class MessageLookup {

    @Inject
    EntityManager em;

    @Inject
    Deadlines deadlines;

    @Inject
    CurrentUser user;

    /** The message, locked, if the caller's unit covers its office or its lead unit; 404 otherwise. */
    public Message forUpdate(UUID id) {
        deadlines.lockAll(MessageDeadlines.AGGREGATE, id.toString());
        Message m = em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !visible(m)) {
            throw new ResourceNotFoundException("message", id);
        }
        return m;
    }

    /** Locked, no scope check (the system's own steps: merged messages answered with their primary). */
    public Message forUpdateBySystem(UUID id) {
        deadlines.lockAll(MessageDeadlines.AGGREGATE, id.toString());
        return em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Message forRead(UUID id) {
        Message m = em.find(Message.class, id);
        if (m == null || !visible(m)) {
            throw new ResourceNotFoundException("message", id);
        }
        return m;
    }

    /** Staff of the office, of the lead unit or of an assisting unit (or above them) see the message. */
    public boolean visible(Message m) {
        if (user.covers(m.officeUnit) || (m.leadUnit != null && user.covers(m.leadUnit))) {
            return true;
        }
        for (String u : m.assistingUnits) {
            if (user.covers(u)) {
                return true;
            }
        }
        return false;
    }
}
