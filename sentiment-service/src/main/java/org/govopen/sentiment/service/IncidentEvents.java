package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentAction;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.messaging.IncidentEvent;

/** Writes an incident's event to the outbox in the transaction of the change. */
@ApplicationScoped
public class IncidentEvents {

    /** docs/events/govopen.sentiment.incident.v1.json: one schema for every action. */
    static final String SCHEMA = "govopen.sentiment.incident";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(Incident i, IncidentAction action) {
        List<IncidentEvent.Window> windows = ResponseWindow.<ResponseWindow>list("incidentId = ?1 order by dueAt", i.id).stream()
                .map(w -> new IncidentEvent.Window(w.kind, w.dueAt, w.state, w.breached, w.respondedAt, w.lagSeconds)).toList();
        String name = action.eventType().substring("govopen.sentiment.incident.".length());
        var rung = i.rung();
        outbox.writeWithSchema(Topics.SENTIMENT_EVENTS, action.eventType(), SCHEMA, i.aggregateId(), new IncidentEvent(
                i.id, i.number, i.unit, name, i.state, i.origin, i.level, i.kind, i.majorImpact, i.establishedAt, i.updatedAt,
                i.responsibleGovernment, i.leadDepartment, List.of(i.coResponders), i.escalationStep, rung.unit(),
                i.mergedInto, windows));
    }
}
