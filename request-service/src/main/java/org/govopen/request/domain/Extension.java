package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The one extension of the reply period (延期答复, 条例第三十三条第二款). */
@Embeddable
public class Extension {

    @Column(name = "extension_days")
    public Integer workingDays;

    @Column(name = "extension_reason", columnDefinition = "text")
    public String reason;

    /** The head of the disclosure office who approved it. */
    @Column(name = "extension_approved_by")
    public String approvedBy;

    @Column(name = "extension_decided_on")
    public LocalDate decidedOn;

    /** The day the applicant was told. */
    @Column(name = "extension_notice_on")
    public LocalDate noticeOn;
}
