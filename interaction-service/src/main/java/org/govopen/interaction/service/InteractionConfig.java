package org.govopen.interaction.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govopen.interaction.domain.Satisfaction;

/** interaction-service's settings ({@code govopen.interaction.*}); each is listed in the README. */
@ConfigMapping(prefix = "govopen.interaction")
public interface InteractionConfig {

    /** The desk that triages a message whose writer was not sure whom to address (不确定). */
    @WithDefault("nanning")
    String receptionUnit();

    /** 重办: the ratings that reopen a case, once (rules.md §5, configurable). */
    @WithDefault("DISSATISFIED,VERY_DISSATISFIED")
    Set<Satisfaction> reopeningLevels();

    Clusters clusters();

    Faq faq();

    Statistics statistics();

    Open311 open311();

    interface Clusters {
        /** How many messages on one matter within the window make a cluster. */
        @WithDefault("5")
        int threshold();

        @WithDefault("PT24H")
        Duration window();
    }

    interface Faq {
        /** The share of a question's words a message must contain to be a close match (simple, answer as draft). */
        @WithDefault("0.75")
        double closeMatch();
    }

    interface Statistics {
        /** A unit with fewer messages in the period is listed but not ranked (fixmystreet #1957). */
        @WithDefault("10")
        int minCountToRank();

        /** How old the rollup may be before a read brings it up to date first. */
        @WithDefault("PT30S")
        Duration maxAge();

        /** How often the rollup runs (the scheduler's {@code every}: 30s, 1m …; read by {@code StatisticsRollup}). */
        @WithDefault("30s")
        String refreshEvery();

        /**
         * How far behind its watermark the rollup looks again for changed messages: a transaction that committed
         * late with an earlier {@code updated_at} is still counted.
         */
        @WithDefault("PT10M")
        Duration safetyMargin();
    }

    interface Open311 {
        /** The api_key values civic apps file requests with (POST requests); none: filing is closed. */
        Optional<List<String>> apiKeys();

        /** The jurisdiction_id this endpoint serves (discovery, and checked when a client sends one). */
        @WithDefault("nanning.gov.cn")
        String jurisdictionId();

        /** The office civic apps' requests go to. */
        @WithDefault("nanning")
        String officeUnit();
    }
}
