package org.govopen.request.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.ReplyOutcome;

/**
 * The data of every event on {@code govopen.request.events} (docs/events/README.md, "Contracts"). No personal
 * data: the applicant appears only as {@code applicantKey}.
 */
public record ApplicationEvent(
        UUID applicationId,
        String caseNumber,
        String unit,
        String action,
        ApplicationState fromState,
        ApplicationState state,
        OffsetDateTime occurredAt,
        Channel channel,
        ApplicantKind applicantKind,
        String applicantKey,
        RequestedDocument requestedDocument,
        LocalDate receivedOn,
        LocalDate dueDate,
        ReplyOutcome outcome,
        boolean excessive) {

    /** The document the applicant named, when they named one. */
    public record RequestedDocument(String number, String title) {
    }
}
