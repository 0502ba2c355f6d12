package org.govopen.sentiment.domain;

/** What can be done to an incident; {@link IncidentLifecycle} says when. */
public enum IncidentAction {
    OPEN("opened"),
    ASSESS("assessed"),
    ATTACH_SIGNALS("signals-attached"),
    RESPOND("responded"),
    ESCALATE("escalated"),
    MERGE("merged"),
    ABSORB("absorbed"),
    CLOSE("closed");

    private final String eventName;

    IncidentAction(String eventName) {
        this.eventName = eventName;
    }

    /** {@code govopen.sentiment.incident.<name>} */
    public String eventType() {
        return "govopen.sentiment.incident." + eventName;
    }
}
