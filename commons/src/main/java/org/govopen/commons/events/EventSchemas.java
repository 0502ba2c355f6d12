package org.govopen.commons.events;

/**
 * Where an event type's JSON Schema is documented: {@code docs/events/<type>.v1.json} in the repository,
 * named in the CloudEvent's {@code dataschema}. A breaking change gets a new version; consumers ignore
 * unknown fields.
 */
public final class EventSchemas {

    public static final int VERSION = 1;

    private EventSchemas() {
    }

    public static String schemaOf(String type) {
        return "urn:govopen:schema:" + type + ":v" + VERSION;
    }
}
