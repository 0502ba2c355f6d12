package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.Response;
import org.govopen.sentiment.domain.ResponseSatisfactionRule;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.domain.ResponseWindowKind;
import org.govopen.sentiment.domain.ResponseWindowRule;
import org.govopen.sentiment.domain.WindowState;

/**
 * An incident's response windows as kernel deadlines (aggregate {@code incident}, kind = the window's kind): opened
 * when the incident is established, moved when a re-assessment changes what is owed — always counted from
 * {@code establishedAt} — and closed by the response that answers them. Each deadline warns at the configured points
 * and breaches once, across restarts and replicas (the kernel's sweeper).
 */
@ApplicationScoped
public class IncidentWindows {

    @Inject
    Deadlines deadlines;

    @Inject
    SentimentConfig config;

    @Inject
    GovClock clock;

    public static DeadlineKey key(UUID incident, ResponseWindowKind kind) {
        return DeadlineKey.of(Incident.AGGREGATE, incident.toString(), kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public static ResponseWindowKind kindOf(DeadlineKey key) {
        return ResponseWindowKind.valueOf(key.kind().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public List<ResponseWindow> of(UUID incident) {
        return ResponseWindow.list("incidentId = ?1 order by dueAt", incident);
    }

    /**
     * Makes the incident's windows what its level and impact owe, from its establishment time: new ones are opened,
     * open ones moved, ones no longer owed withdrawn; answered ones stay as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Incident incident) {
        ResponseWindowRule.Hours hours = config.hours(incident.unit, incident.level);
        Map<ResponseWindowKind, ResponseWindowRule.Window> owed = new EnumMap<>(ResponseWindowKind.class);
        for (ResponseWindowRule.Window w : ResponseWindowRule.windows(incident.level, incident.majorImpact, incident.establishedAt, hours)) {
            owed.put(w.kind(), w);
        }
        Map<ResponseWindowKind, ResponseWindow> existing = new EnumMap<>(ResponseWindowKind.class);
        for (ResponseWindow w : of(incident.id)) {
            existing.put(w.kind, w);
        }
        OffsetDateTime now = clock.now();
        List<Response> responses = Response.list("incidentId = ?1 order by respondedAt", incident.id);
        for (ResponseWindow w : existing.values()) {
            if (!owed.containsKey(w.kind) && w.state == WindowState.OPEN) {
                // no longer owed from now on; one that had already ended unanswered stays a missed obligation
                w.state = w.breached || !now.isBefore(w.dueAt) ? WindowState.MISSED : WindowState.WITHDRAWN;
                deadlines.close(key(incident.id, w.kind));
            }
        }
        for (ResponseWindowRule.Window owe : owed.values()) {
            ResponseWindow w = existing.get(owe.kind());
            DeadlineKey key = key(incident.id, owe.kind());
            if (w == null) {
                w = new ResponseWindow();
                w.id = UUID.randomUUID();
                w.incidentId = incident.id;
                w.kind = owe.kind();
                w.openedAt = now;
                w.dueAt = owe.dueAt();
                w.state = WindowState.OPEN;
                w.persist();
                openUnlessAnswered(incident, w, owe, responses);
            } else if (w.state == WindowState.WITHDRAWN) {
                w.state = WindowState.OPEN;
                w.dueAt = owe.dueAt();
                w.breached = false;
                openUnlessAnswered(incident, w, owe, responses);
            } else if ((w.state == WindowState.MET || w.state == WindowState.LATE) && !w.dueAt.isEqual(owe.dueAt())) {
                // answered, but its end moved (a merge brought an earlier establishment): judged again by the same response
                w.dueAt = owe.dueAt();
                Response r = w.responseId == null ? null : Response.findById(w.responseId);
                if (r != null) {
                    w.answer(r);
                }
            } else if (w.state == WindowState.OPEN && !w.dueAt.isEqual(owe.dueAt())) {
                w.dueAt = owe.dueAt();
                deadlines.moveTo(key, owe.dueAt(), owe.warnings());
                if (!now.isBefore(owe.dueAt())) {
                    continue; // the sweeper breaches it now; it stays breached if it was
                }
                w.breached = false;
            }
        }
    }

    /**
     * A window now owed is answered at once by the earliest response already given that answers it (the facts went out
     * before the level was raised); only an unanswered one gets its deadline.
     */
    private void openUnlessAnswered(Incident incident, ResponseWindow w, ResponseWindowRule.Window owe, List<Response> responses) {
        for (Response r : responses) {
            if (ResponseSatisfactionRule.satisfies(r.kind).contains(w.kind)) {
                w.answer(r);
                return;
            }
        }
        deadlines.openWarnedAt(key(incident.id, w.kind), label(incident, owe.kind()), incident.unit, owe.dueAt(), owe.warnings());
    }

    /**
     * The response answers the open windows its kind answers ({@link ResponseSatisfactionRule}), or only
     * {@code window} when named; returns the windows answered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ResponseWindow> answer(Incident incident, Response response, ResponseWindow window) {
        Set<ResponseWindowKind> answers = ResponseSatisfactionRule.satisfies(response.kind);
        List<ResponseWindow> answered = (window != null ? List.of(window) : of(incident.id)).stream()
                .filter(w -> w.state == WindowState.OPEN && answers.contains(w.kind)).toList();
        for (ResponseWindow w : answered) {
            w.answer(response);
            deadlines.close(key(incident.id, w.kind));
        }
        return answered;
    }

    /** Closing or merging: what is still open will not be answered here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Incident incident, WindowState unanswered) {
        for (ResponseWindow w : of(incident.id)) {
            if (w.state == WindowState.OPEN) {
                w.state = unanswered;
            }
        }
        deadlines.closeAll(Incident.AGGREGATE, incident.aggregateId());
    }

    /** Shown in alerts and on the operators' board: no personal data, the number and what is due. */
    static String label(Incident incident, ResponseWindowKind kind) {
        return "舆情" + incident.number + " " + kind.label();
    }
}
