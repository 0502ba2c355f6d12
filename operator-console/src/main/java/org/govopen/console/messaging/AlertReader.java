package org.govopen.console.messaging;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.security.UnitScope;
import org.govopen.console.domain.Alert;
import org.govopen.console.service.ReceivedAlert;

/**
 * Reads the alert types of {@code govopen.alerts} (docs/events/govopen.alert.*.v1.json) into {@link ReceivedAlert}:
 * <ul>
 *   <li>{@code govopen.alert.deadline.warning / breach / resolved} — every service's deadlines (the kernel's
 *       {@code DeadlineAlert}); the kind is the deadline's kind and ref, so a resolution ends that deadline's alerts;</li>
 *   <li>{@code govopen.alert.sentiment.escalated} — an incident's missed response window, moved up its chain: a breach
 *       of that window's kind, in the incident's group;</li>
 *   <li>{@code govopen.alert.sentiment.early-warning} — an opinion signal that crossed a warning rule: a warning;</li>
 *   <li>{@code govopen.alert.catalog.conversion-proposed} — a document often applied for, proposed for proactive
 *       disclosure: a notice.</li>
 * </ul>
 * An alert without an id of its own is known by its CloudEvent id (the producer's outbox id: the same on every
 * delivery). Anything unreadable is poison (the dead-letter topic).
 */
final class AlertReader {

    static final String DEADLINE = "govopen.alert.deadline.";
    static final String ESCALATED = "govopen.alert.sentiment.escalated";
    static final String EARLY_WARNING = "govopen.alert.sentiment.early-warning";
    static final String CONVERSION_PROPOSED = "govopen.alert.catalog.conversion-proposed";

    private AlertReader() {
    }

    /** True for the types the console takes; its own reminders and unknown types are passed by. */
    static boolean takes(String type) {
        return type.startsWith(DEADLINE) || ESCALATED.equals(type) || EARLY_WARNING.equals(type)
                || CONVERSION_PROPOSED.equals(type);
    }

    static ReceivedAlert read(InboundEvent event) {
        EventData d = event.json();
        ReceivedAlert a = switch (event.type()) {
            case ESCALATED -> escalation(event, d);
            case EARLY_WARNING -> earlyWarning(event, d);
            case CONVERSION_PROPOSED -> conversionProposed(event, d);
            default -> deadline(event, d);
        };
        if (a.unit() != null && !UnitScope.isWellFormed(a.unit())) {
            throw new PoisonEventException("event " + event.id() + ": unit is not a unit path");
        }
        return a;
    }

    private static ReceivedAlert deadline(InboundEvent event, EventData d) {
        Alert.Level level = switch (event.type().substring(DEADLINE.length())) {
            case "warning" -> Alert.Level.WARNING;
            case "breach" -> Alert.Level.BREACH;
            case "resolved" -> Alert.Level.RESOLVED;
            default -> throw new PoisonEventException("event " + event.id() + ": unknown deadline alert " + event.type());
        };
        String ref = d.optional("ref", 200);
        String kind = d.required("deadlineKind", 100) + (ref == null ? "" : ":" + ref);
        return new ReceivedAlert(d.optional("alertId", 100) == null ? event.id() : d.optional("alertId", 100),
                event.type(), d.required("service", 50), d.required("aggregateType", 100), d.required("aggregateId", 200),
                null, d.required("label", 500), d.optional("unit", 250), kind, d.optional("stage", 50), level,
                d.required("message", 2000), d.optionalTime("dueAt"), fired(d.optionalTime("firedAt"), event));
    }

    private static ReceivedAlert escalation(InboundEvent event, EventData d) {
        String window = d.required("window", 50);
        return new ReceivedAlert(id(d, event), event.type(), "sentiment", "incident", d.required("incidentId", 200),
                d.optional("number", 100), "舆情事件" + d.required("number", 100) + "的" + windowLabel(window),
                d.required("unit", 250), window.toLowerCase(Locale.ROOT).replace('_', '-'),
                "escalation-" + d.required("step", 10), Alert.Level.BREACH, d.required("message", 2000),
                d.optionalTime("dueAt"), fired(d.optionalTime("escalatedAt"), event));
    }

    private static ReceivedAlert earlyWarning(InboundEvent event, EventData d) {
        return new ReceivedAlert(id(d, event), event.type(), "sentiment", "signal", d.required("signalId", 200), null,
                "舆情预警：" + d.required("rule", 200), d.required("unit", 250), "early-warning:" + d.required("ruleId", 100),
                null, Alert.Level.WARNING, d.required("message", 2000), null, fired(d.optionalTime("raisedAt"), event));
    }

    private static ReceivedAlert conversionProposed(InboundEvent event, EventData d) {
        String title = d.optional("title", 500);
        return new ReceivedAlert(id(d, event), event.type(), "catalog", "document", d.required("documentKey", 300),
                d.optional("documentNumber", 200), "建议转为主动公开：" + (title == null ? d.required("documentKey", 300) : title),
                d.required("unit", 250), "conversion-proposed", null, Alert.Level.NOTICE, d.required("message", 2000),
                null, fired(null, event));
    }

    private static String id(EventData d, InboundEvent event) {
        String id = d.optional("alertId", 100);
        return id == null ? event.id() : id;
    }

    private static OffsetDateTime fired(OffsetDateTime at, InboundEvent event) {
        if (at != null) {
            return at;
        }
        OffsetDateTime occurred = event.occurredAt();
        if (occurred == null) {
            throw new PoisonEventException("event " + event.id() + ": neither the alert nor the event says when it was raised");
        }
        return occurred;
    }

    private static String windowLabel(String window) {
        return switch (window) {
            case "FACTS" -> "发布客观事实时限";
            case "AUTHORITATIVE_INFORMATION" -> "发布权威信息时限";
            case "PRESS_CONFERENCE" -> "召开新闻发布会时限";
            case "RESPONSE" -> "回应时限";
            default -> "回应时限（" + window + "）";
        };
    }
}
