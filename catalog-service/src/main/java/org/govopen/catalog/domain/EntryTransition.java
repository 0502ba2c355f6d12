package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in an entry's history: who did what, when, from which state to which, with what note. */
@Entity
@Table(name = "entry_transition")
public class EntryTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public EntryState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public EntryState toState;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String note;
}
