package org.govopen.commons.events;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent received in Kafka binary mode: attributes from the {@code ce_*} headers, data from the value. */
public record InboundEvent(String id, String type, String source, String subject, String time, String data,
                           String topic, int partition, long offset) {

    /** @throws PoisonEventException when the record is not a CloudEvent */
    public static InboundEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new PoisonEventException("not a CloudEvent in binary mode (ce_id/ce_type or value missing) at "
                    + record.topic() + "/" + record.partition() + "@" + record.offset());
        }
        return new InboundEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"),
                header(record, "ce_time"), record.value(), record.topic(), record.partition(), record.offset());
    }

    /** The CloudEvent's {@code time}, or null when the producer sent none; poison when it is not a date-time. */
    public java.time.OffsetDateTime occurredAt() {
        try {
            return time == null || time.isBlank() ? null : java.time.OffsetDateTime.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            throw new PoisonEventException("bad ce_time in event " + id + ": " + time, e);
        }
    }

    /** The data, read as {@link EventData}: poison when it is not a JSON object. */
    public EventData json() {
        return EventData.of(this);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
