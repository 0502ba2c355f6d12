package org.govopen.commons.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The JSON data of an inbound event, read field by field with one meaning for every consumer:
 * <ul>
 *   <li>a field that is missing, {@code null} or blank text is <em>absent</em>: {@code optional…} answers null,
 *       {@code required…} makes the event poison;</li>
 *   <li>a field that is present but unreadable (a date that is not one, an object where text belongs) makes the
 *       event poison — it goes to the service's dead-letter topic, it is never guessed at or silently dropped.</li>
 * </ul>
 * Unknown fields are ignored (events are versioned by adding fields).
 */
public final class EventData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode node;
    private final String eventId;
    private final String path;

    private EventData(JsonNode node, String eventId, String path) {
        this.node = node;
        this.eventId = eventId;
        this.path = path;
    }

    /** The data of {@code event}; poison when it is not a JSON object. */
    public static EventData of(InboundEvent event) {
        JsonNode node;
        try {
            node = JSON.readTree(event.data());
        } catch (Exception e) {
            throw new PoisonEventException("unreadable data in event " + event.id() + " (" + event.type() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new PoisonEventException("data of event " + event.id() + " (" + event.type() + ") is not a JSON object");
        }
        return new EventData(node, event.id(), "");
    }

    /** Text of {@code field}, or null when absent. */
    public String optional(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            throw poison(field, "is not a text value");
        }
        String text = n.asText();
        return text.isBlank() ? null : text;
    }

    /** Text of {@code field}, or null when absent; poison when longer than {@code maxLength} characters. */
    public String optional(String field, int maxLength) {
        String v = optional(field);
        if (v != null && v.length() > maxLength) {
            throw poison(field, "is longer than " + maxLength + " characters");
        }
        return v;
    }

    /** Text of {@code field}; poison when absent or longer than {@code maxLength} characters. */
    public String required(String field, int maxLength) {
        String v = optional(field, maxLength);
        if (v == null) {
            throw poison(field, "is missing");
        }
        return v;
    }

    /** Text of {@code field}; poison when absent. */
    public String required(String field) {
        String v = optional(field);
        if (v == null) {
            throw poison(field, "is missing");
        }
        return v;
    }

    /** A date ({@code 2026-10-08}, or the date of a date-time with offset), or null when absent; poison when unreadable. */
    public LocalDate optionalDate(String field) {
        String v = optional(field);
        if (v == null) {
            return null;
        }
        try {
            return v.length() > 10 ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw poison(field, "is not a date: " + v);
        }
    }

    /** A date-time with offset, or null when absent; poison when unreadable. */
    public OffsetDateTime optionalTime(String field) {
        String v = optional(field);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw poison(field, "is not a date-time with offset: " + v);
        }
    }

    /** A date-time with offset; poison when absent or unreadable. */
    public OffsetDateTime requiredTime(String field) {
        OffsetDateTime t = optionalTime(field);
        if (t == null) {
            throw poison(field, "is missing");
        }
        return t;
    }

    /** The nested object {@code field}, or null when absent; poison when it is not an object. */
    public EventData optionalObject(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw poison(field, "is not an object");
        }
        return new EventData(n, eventId, path + field + ".");
    }

    private PoisonEventException poison(String field, String what) {
        return new PoisonEventException("event " + eventId + ": field " + path + field + " " + what);
    }
}
