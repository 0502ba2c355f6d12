package org.govopen.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "govopen.outbox")
public interface OutboxConfig {

    /** Run the relay in this instance. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for rows when nothing woke it. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker's acknowledgement of one batch. */
    @WithDefault("10s")
    Duration sendTimeout();

    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** Sent rows are kept this long for inspection, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
