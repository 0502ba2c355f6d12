package org.govopen.commons.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.govopen.commons.calendar.Pause;

/** A finished pause of a deadline's clock. */
@Embeddable
public class DeadlinePause {

    @Column(name = "stop_day", nullable = false)
    public LocalDate stopDay;

    @Column(name = "restart_day", nullable = false)
    public LocalDate restartDay;

    protected DeadlinePause() {
    }

    public DeadlinePause(LocalDate stopDay, LocalDate restartDay) {
        this.stopDay = stopDay;
        this.restartDay = restartDay;
    }

    public Pause toPause() {
        return new Pause(stopDay, restartDay);
    }
}
