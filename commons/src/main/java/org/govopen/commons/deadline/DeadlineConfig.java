package org.govopen.commons.deadline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "govopen.deadlines")
public interface DeadlineConfig {

    /**
     * Warn this many working days before a working-day deadline's due date (configurable, default 3); 0 warns at the
     * start of the due date itself, a negative number not at all.
     */
    @WithDefault("3")
    int warningWorkingDays();

    @WithDefault("true")
    boolean sweeperEnabled();

    /**
     * How often the sweeper looks for deadlines to fire whatever it planned: the safety net of the wake-ups at each
     * next firing time ({@link DeadlineWakeUp}), and the longest a moved test clock goes unseen. The one default of
     * the interval.
     */
    @WithDefault("1s")
    Duration sweepInterval();

    @WithDefault("500")
    int sweepBatch();
}
