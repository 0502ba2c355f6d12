package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineAlert;
import org.govopen.commons.deadline.DeadlineFired;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.sentiment.domain.EscalationRule;
import org.govopen.sentiment.domain.Escalation;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentAction;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.domain.ResponseWindowKind;
import org.govopen.sentiment.messaging.EscalationAlert;

/**
 * A breached window escalates its incident one rung up the chain frozen on it ({@link EscalationRule}), in the
 * transaction of the breach alert: the escalation is recorded on the incident, announced on
 * {@code govopen.sentiment.events} and, for the operators, on {@code govopen.alerts} with an id derived from
 * (incident, window) — so each window escalates once, whatever restarts or replicas do.
 */
@ApplicationScoped
public class Escalations {

    public static final String ALERT_TYPE = "govopen.alert.sentiment.escalated";

    @Inject
    IncidentEvents events;

    @Inject
    Outbox outbox;

    void onBreach(@Observes DeadlineFired fired) {
        if (fired.level() != DeadlineAlert.Level.BREACH || !Incident.AGGREGATE.equals(fired.key().aggregateType())) {
            return;
        }
        Incident incident = Incident.findById(UUID.fromString(fired.key().aggregateId()), LockModeType.PESSIMISTIC_WRITE);
        if (incident == null || incident.state != IncidentState.OPEN) {
            return;
        }
        ResponseWindowKind kind = IncidentWindows.kindOf(fired.key());
        ResponseWindow window = ResponseWindow.find("incidentId = ?1 and kind = ?2", incident.id, kind).firstResult();
        if (window != null) {
            window.breached = true;
        }
        if (Escalation.count("incidentId = ?1 and windowKind = ?2", incident.id, kind) > 0) {
            return; // this window escalated in an earlier life (moved and breached again): once per window
        }
        EscalationRule.Rung rung = EscalationRule.next(incident.chain(), incident.escalationStep, incident.responsibleGovernment);
        Escalation e = new Escalation();
        e.id = UUID.randomUUID();
        e.incidentId = incident.id;
        e.step = rung.step();
        e.stepKind = rung.kind();
        e.unit = rung.unit();
        e.windowKind = kind;
        e.at = fired.deadline().updatedAt;
        e.persist();
        incident.escalationStep = rung.step();
        incident.updatedAt = e.at;
        events.write(incident, IncidentAction.ESCALATE);
        UUID alertId = UUID.nameUUIDFromBytes((incident.id + ":" + kind + ":escalation").getBytes(StandardCharsets.UTF_8));
        String message = "【舆情升级】舆情" + incident.number + "（" + incident.level.label() + "）" + kind.label()
                + "时限已过未回应，已升级至" + rung.unit() + rung.kind().label() + "督办";
        outbox.write(Topics.ALERTS, ALERT_TYPE, incident.aggregateId(), new EscalationAlert(alertId.toString(),
                incident.id, incident.number, kind, incident.level, incident.unit, rung.unit(), rung.step(), rung.kind(),
                window == null ? fired.deadline().dueAt : window.dueAt, e.at, message), alertId);
    }
}
