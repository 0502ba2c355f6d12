package org.govopen.request.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.govopen.request.domain.ApplicationState;

/** What the applicant sees of their case with the tracking code and secret: no staff names, no staff-only notes. */
public record TrackingView(
        String caseNumber,
        String unitName,
        ApplicationState state,
        String stateLabel,
        LocalDate submittedOn,
        LocalDate receivedOn,
        LocalDate dueDate,
        boolean paused,
        ExtensionNotice extension,
        String correctionItems,
        BigDecimal feeDue,
        String outcomeLabel,
        LocalDate repliedOn,
        boolean replyLetterAvailable,
        List<TransitionView> history) {

    /** The extension the applicant was told of (条例第三十三条第二款: 告知申请人): how long, why, since when. */
    public record ExtensionNotice(int workingDays, String reason, java.time.LocalDate noticeOn) {
    }
}
