package org.govopen.commons.deadline;

/**
 * Which deadline: of aggregate ({@code application}, {@code 7f…}) the {@code kind} ({@code reply},
 * {@code correction-notice}, …); {@code ref} tells apart several of one kind (two consultations).
 */
public record DeadlineKey(String aggregateType, String aggregateId, String kind, String ref) {

    public DeadlineKey {
        ref = ref == null ? "" : ref;
    }

    public static DeadlineKey of(String aggregateType, String aggregateId, String kind) {
        return new DeadlineKey(aggregateType, aggregateId, kind, "");
    }
}
