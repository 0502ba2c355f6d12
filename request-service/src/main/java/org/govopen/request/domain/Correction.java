package org.govopen.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The single correction notice (补正告知, 条例第三十条) and the corrected application's arrival. */
@Embeddable
public class Correction {

    @Column(name = "correction_requested_on")
    public LocalDate requestedOn;

    /** Everything to correct, in one notice. */
    @Column(name = "correction_items", columnDefinition = "text")
    public String items;

    @Column(name = "correction_period_days")
    public Integer periodWorkingDays;

    @Column(name = "correction_submitted_on")
    public LocalDate submittedOn;
}
