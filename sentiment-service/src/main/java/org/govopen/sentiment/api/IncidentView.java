package org.govopen.sentiment.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.sentiment.domain.Assessment;
import org.govopen.sentiment.domain.Escalation;
import org.govopen.sentiment.domain.EscalationStep;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentAction;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentLifecycle;
import org.govopen.sentiment.domain.IncidentOrigin;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.Response;
import org.govopen.sentiment.domain.ResponseChannel;
import org.govopen.sentiment.domain.ResponseKind;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.domain.ResponseWindowKind;
import org.govopen.sentiment.domain.WindowState;

/** An incident as the desk sees it: assessment, responsibility, windows, responses, escalations, what may follow. */
public record IncidentView(
        UUID id,
        String number,
        String unit,
        String title,
        String summary,
        IncidentOrigin origin,
        IncidentState state,
        OffsetDateTime establishedAt,
        IncidentLevel level,
        String levelLabel,
        IncidentKind kind,
        boolean majorImpact,
        boolean assessed,
        List<String> places,
        List<String> departments,
        Responsibility responsibility,
        EscalationView escalation,
        UUID mergedInto,
        OffsetDateTime closedAt,
        String closingNote,
        long signals,
        List<WindowView> windows,
        List<ResponseView> responses,
        List<EscalationRecord> escalations,
        List<AssessmentView> assessments,
        List<IncidentAction> allowedActions) {

    /** 属地管理、分级负责、谁主管谁负责: who answers; {@code shared}: one consistent answer from lead and co-responders. */
    public record Responsibility(String government, String lead, List<String> coResponders, boolean shared,
                                 boolean beyondThisPlatform) {
    }

    /** The chain frozen when the incident opened, and the rung it sits on. */
    public record EscalationView(List<EscalationStep> chain, int step, EscalationStep stepKind, String unit) {
    }

    public record WindowView(UUID id, ResponseWindowKind kind, String label, OffsetDateTime dueAt, WindowState state,
                             boolean breached, UUID responseId, OffsetDateTime respondedAt, Long lagSeconds) {
        public static WindowView of(ResponseWindow w) {
            return new WindowView(w.id, w.kind, w.kind.label(), w.dueAt, w.state, w.breached, w.responseId, w.respondedAt,
                    w.lagSeconds);
        }
    }

    public record ResponseView(UUID id, ResponseKind kind, String kindLabel, OffsetDateTime respondedAt,
                               ResponseChannel channel, String link, String text, OffsetDateTime recordedAt,
                               String recordedBy) {
        public static ResponseView of(Response r) {
            return new ResponseView(r.id, r.kind, r.kind.label(), r.respondedAt, r.channel, r.link, r.body, r.recordedAt,
                    r.recordedBy);
        }
    }

    public record EscalationRecord(int step, EscalationStep stepKind, String unit, ResponseWindowKind window,
                                   OffsetDateTime at) {
        public static EscalationRecord of(Escalation e) {
            return new EscalationRecord(e.step, e.stepKind, e.unit, e.windowKind, e.at);
        }
    }

    public record AssessmentView(OffsetDateTime at, String actor, IncidentLevel level, IncidentKind kind,
                                 boolean majorImpact, List<String> places, List<String> departments, String policyOf,
                                 String responsibleGovernment, String leadDepartment, List<String> coResponders,
                                 String note) {
        public static AssessmentView of(Assessment a) {
            return new AssessmentView(a.at, a.actor, a.level, a.kind, a.majorImpact, List.of(a.places),
                    List.of(a.departments), a.policyOf, a.responsibleGovernment, a.leadDepartment,
                    List.of(a.coResponders), a.note);
        }
    }

    public static IncidentView of(Incident i, long signals, List<ResponseWindow> windows, List<Response> responses,
                                  List<Escalation> escalations, List<Assessment> assessments) {
        var rung = i.rung();
        return new IncidentView(i.id, i.number, i.unit, i.title, i.summary, i.origin, i.state, i.establishedAt, i.level,
                i.level.label(), i.kind, i.majorImpact, i.assessed, List.of(i.places), List.of(i.departments),
                new Responsibility(i.responsibleGovernment, i.leadDepartment, List.of(i.coResponders),
                        i.coResponders.length > 0, i.beyondPlatform),
                new EscalationView(i.chain(), i.escalationStep, rung.kind(), rung.unit()), i.mergedInto, i.closedAt,
                i.closingNote, signals, windows.stream().map(WindowView::of).toList(),
                responses.stream().map(ResponseView::of).toList(), escalations.stream().map(EscalationRecord::of).toList(),
                assessments.stream().map(AssessmentView::of).toList(), IncidentLifecycle.allowed(i.state));
    }
}
