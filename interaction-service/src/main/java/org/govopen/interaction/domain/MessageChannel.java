package org.govopen.interaction.domain;

/** Where a message came in. */
public enum MessageChannel {
    /** 网站留言 — the portal's message board */
    WEBSITE,
    /** 12345 热线转办 — a ticket transferred by the city hotline */
    HOTLINE_12345,
    /** Open311 GeoReport v2 — a civic app */
    OPEN311
}
