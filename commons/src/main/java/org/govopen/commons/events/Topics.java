package org.govopen.commons.events;

import java.util.List;
import java.util.Set;

/** The topics of architecture.md § Events, by their logical names (a deployment may prefix them). */
public final class Topics {

    public static final String CATALOG_EVENTS = "govopen.catalog.events";
    /** Compacted: one record per calendar year, the latest notice wins. */
    public static final String REFERENCE_CALENDAR = "govopen.reference.calendar";
    public static final String REQUEST_EVENTS = "govopen.request.events";
    public static final String INTERACTION_EVENTS = "govopen.interaction.events";
    public static final String SENTIMENT_EVENTS = "govopen.sentiment.events";
    public static final String INBOUND_HOTLINE = "govopen.inbound.hotline";
    public static final String INBOUND_SIGNALS = "govopen.inbound.signals";
    public static final String ALERTS = "govopen.alerts";

    public static final List<String> ALL = List.of(CATALOG_EVENTS, REFERENCE_CALENDAR, REQUEST_EVENTS,
            INTERACTION_EVENTS, SENTIMENT_EVENTS, INBOUND_HOTLINE, INBOUND_SIGNALS, ALERTS);
    public static final Set<String> COMPACTED = Set.of(REFERENCE_CALENDAR);

    private Topics() {
    }

    /** Where a service's consumers put events they cannot process (one dead-letter topic per service). */
    public static String deadLetter(String service) {
        return "govopen.dlq." + service;
    }
}
