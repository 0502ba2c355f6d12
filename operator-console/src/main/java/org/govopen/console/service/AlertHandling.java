package org.govopen.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.time.GovClock;
import org.govopen.console.domain.AlertAction;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.AlertGroupStateMachine;
import org.govopen.console.domain.AlertGroupStateMachine.Action;

/**
 * What operators do with an alert group (告警处置): acknowledge (认领 — reminders stop at once), assign (指派) and
 * resolve by hand with a reason (解除). Each step is in the group's history; the operator must cover the group's unit.
 */
@ApplicationScoped
public class AlertHandling {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @Inject
    AlertNotifications notifications;

    @Transactional
    public AlertGroup acknowledge(UUID id, String note) {
        AlertGroup g = lockCovered(id);
        OffsetDateTime now = clock.now();
        g.status = AlertGroupStateMachine.next(g.status, Action.ACKNOWLEDGE);
        g.acknowledgedBy = user.name();
        g.acknowledgedAt = now;
        g.nextReminderAt = null;
        return record(g, now, AlertAction.Kind.ACKNOWLEDGED, note);
    }

    @Transactional
    public AlertGroup assign(UUID id, String assignee, String note) {
        AlertGroup g = lockCovered(id);
        OffsetDateTime now = clock.now();
        g.status = AlertGroupStateMachine.next(g.status, Action.ASSIGN);
        g.assignee = assignee.strip();
        return record(g, now, AlertAction.Kind.ASSIGNED, note == null || note.isBlank() ? g.assignee : g.assignee + "：" + note);
    }

    @Transactional
    public AlertGroup resolve(UUID id, String reason) {
        AlertGroup g = lockCovered(id);
        OffsetDateTime now = clock.now();
        g.status = AlertGroupStateMachine.next(g.status, Action.RESOLVE);
        g.resolvedBy = user.name();
        g.resolvedAt = now;
        g.resolution = reason.strip();
        g.nextReminderAt = null;
        // what is raised is over for the console; a new alert of the case opens the group again
        em.createQuery("update Alert a set a.resolved = true where a.groupId = :g and a.resolved = false")
                .setParameter("g", g.id).executeUpdate();
        return record(g, now, AlertAction.Kind.RESOLVED, g.resolution);
    }

    private AlertGroup record(AlertGroup g, OffsetDateTime now, AlertAction.Kind kind, String note) {
        em.persist(AlertAction.of(g.id, now, user.name(), kind, note == null || note.isBlank() ? null : note.strip()));
        notifications.changed(List.of(g.id));
        return g;
    }

    private AlertGroup lockCovered(UUID id) {
        AlertGroup g = em.find(AlertGroup.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (g == null) {
            throw new ResourceNotFoundException("告警", id.toString());
        }
        AlertQueries.requireVisible(user, g);
        return g;
    }
}
