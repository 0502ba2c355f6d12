package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A fee notice (收费通知, 国办函〔2020〕109号) and its payment. */
@Embeddable
public class Fee {

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_method")
    public FeeMethod method;

    @Column(name = "fee_pages")
    public Integer pages;

    @Column(name = "fee_amount")
    public BigDecimal amount;

    @Column(name = "fee_notified_on")
    public LocalDate notifiedOn;

    /** The day the applicant received the notice: the 20 working days to pay count from the day after. */
    @Column(name = "fee_notice_received_on")
    public LocalDate noticeReceivedOn;

    @Column(name = "fee_paid_on")
    public LocalDate paidOn;

    public boolean isPending() {
        return notifiedOn != null && paidOn == null;
    }
}
