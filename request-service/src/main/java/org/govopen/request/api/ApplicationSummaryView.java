package org.govopen.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.ReplyOutcome;

/** A case in a list: the applicant's name masked, no other personal data. */
public record ApplicationSummaryView(
        UUID id,
        String caseNumber,
        String unit,
        ApplicationState state,
        String stateLabel,
        Channel channel,
        ApplicantKind applicantKind,
        String applicantName,
        LocalDate submittedOn,
        LocalDate receivedOn,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        boolean paused,
        boolean overdue,
        ReplyOutcome outcome,
        boolean excessive) {
}
