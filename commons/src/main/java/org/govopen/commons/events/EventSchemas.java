package org.govopen.commons.events;

import java.util.Map;

/**
 * Where an event type's JSON Schema is documented: {@code docs/events/<schema>.v<version>.json}, named in the
 * CloudEvent's {@code dataschema}. The schema is the type itself unless several types share one (the deadline
 * alert levels). A breaking change gets a new version; consumers ignore unknown fields.
 */
public final class EventSchemas {

    public static final int VERSION = 1;

    private static final Map<String, String> SHARED = Map.of(
            "govopen.alert.deadline.warning", "govopen.alert.deadline",
            "govopen.alert.deadline.breach", "govopen.alert.deadline",
            "govopen.alert.deadline.resolved", "govopen.alert.deadline");

    private EventSchemas() {
    }

    public static String schemaOf(String type) {
        return urn(SHARED.getOrDefault(type, type));
    }

    /** The {@code dataschema} of a named schema (a family of types documented together). */
    public static String urn(String schema) {
        return "urn:govopen:schema:" + schema + ":v" + VERSION;
    }
}
