package org.govopen.testing;

import java.util.Map;

/** A CloudEvent (Kafka binary mode) as a test saw it on a topic. */
public record RecordedEvent(
        String topic,
        String key,
        String id,
        String type,
        String source,
        String subject,
        String time,
        String data,
        Map<String, String> headers) {
}
