package org.govopen.interaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One recorded step of a message: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "message_transition")
public class MessageTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The order of steps taken at the same instant; given by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public MessageState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public MessageState toState;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Shown to the writer too. */
    public String note;

    /** Staff only. */
    @Column(name = "staff_note")
    public String staffNote;
}
