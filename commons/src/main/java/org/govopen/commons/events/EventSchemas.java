package org.govopen.commons.events;

import java.util.Map;

/**
 * Where an event type's JSON Schema is documented: {@code docs/events/<schema>.v<version>.json}, named in the
 * CloudEvent's {@code dataschema}. The schema is the type itself unless several types share one (both deadline
 * alert levels). A breaking change gets a new version; consumers ignore unknown fields.
 */
public final class EventSchemas {

    public static final int VERSION = 1;

    private static final Map<String, String> SHARED = Map.of(
            "govopen.alert.deadline.warning", "govopen.alert.deadline",
            "govopen.alert.deadline.breach", "govopen.alert.deadline");

    private EventSchemas() {
    }

    public static String schemaOf(String type) {
        return "urn:govopen:schema:" + SHARED.getOrDefault(type, type) + ":v" + VERSION;
    }
}
