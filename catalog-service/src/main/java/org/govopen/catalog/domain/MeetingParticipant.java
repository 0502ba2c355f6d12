package org.govopen.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person at a decision's meeting, with the capacity in which they attend. */
@Embeddable
public class MeetingParticipant {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantCategory category;

    public MeetingParticipant() {
    }

    public MeetingParticipant(String name, ParticipantCategory category) {
        this.name = name;
        this.category = category;
    }
}
