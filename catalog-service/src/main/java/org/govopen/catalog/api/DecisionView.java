package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.DecisionMeeting;
import org.govopen.catalog.domain.MajorDecision;

/**
 * A major decision of the catalogue with its procedure: the consultation (null until one is opened), hearings and
 * meetings, and the record once decided. {@code link} is its public page.
 */
public record DecisionView(UUID id, String unit, int year, String title, String department, LocalDate plannedBy,
                           boolean hearingRequired, String status, String statusLabel, String withdrawnReason,
                           LocalDate decidedOn, String decisionSummary, String decisionUrl,
                           ConsultationView consultation, List<MeetingView> meetings, String link) {

    /** A hearing or a meeting sat in on, with its participants. */
    public record MeetingView(UUID id, String kind, String kindLabel, LocalDate heldOn, String place, String summary,
                              List<ParticipantView> participants) {

        public static MeetingView of(DecisionMeeting m) {
            return new MeetingView(m.id, m.kind.name(), m.kind.label(), m.heldOn, m.place, m.summary,
                    m.participants.stream().map(p -> new ParticipantView(p.name, p.category.name(), p.category.label())).toList());
        }

        /**
         * As the public sees it: people who attend as themselves (利益相关方, 公众代表) are shown masked (张*); experts
         * and media attend in a public capacity and are shown as recorded.
         */
        public static MeetingView ofPublic(DecisionMeeting m) {
            return new MeetingView(m.id, m.kind.name(), m.kind.label(), m.heldOn, m.place, m.summary,
                    m.participants.stream().map(p -> new ParticipantView(p.category.isPrivatePerson()
                            ? org.govopen.commons.privacy.PersonalDataMasker.maskName(p.name) : p.name,
                            p.category.name(), p.category.label())).toList());
        }
    }

    public record ParticipantView(String name, String category, String categoryLabel) {
    }

    public static String link(UUID decisionId) {
        return "/api/v1/public/major-decisions/" + decisionId;
    }

    public static DecisionView of(MajorDecision d, ConsultationView consultation, List<DecisionMeeting> meetings) {
        return withMeetings(d, consultation, meetings.stream().map(MeetingView::of).toList());
    }

    /** The public page: participants attending as themselves are masked ({@link MeetingView#ofPublic}). */
    public static DecisionView ofPublic(MajorDecision d, ConsultationView consultation, List<DecisionMeeting> meetings) {
        return withMeetings(d, consultation, meetings.stream().map(MeetingView::ofPublic).toList());
    }

    private static DecisionView withMeetings(MajorDecision d, ConsultationView consultation, List<MeetingView> meetings) {
        return new DecisionView(d.id, d.unit, d.year, d.title, d.department, d.plannedBy, d.hearingRequired,
                d.status.name(), d.status.label(), d.withdrawnReason, d.decidedOn, d.decisionSummary, d.decisionUrl,
                consultation, meetings, link(d.id));
    }
}
