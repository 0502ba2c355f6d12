package org.govopen.request.domain;

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
import java.util.List;
import java.util.UUID;

/** One step of an application's history: who did what, when, from which state to which, and why. */
@Entity
@Table(name = "application_transition")
public class Transition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ApplicationState toState;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** Shown to the applicant too. */
    @Column(columnDefinition = "text")
    public String note;

    /** Staff only: never shown to the applicant. */
    @Column(name = "staff_only_note", columnDefinition = "text")
    public String staffOnlyNote;

    public static List<Transition> historyOf(UUID applicationId) {
        return list("applicationId = ?1 order by id", applicationId);
    }
}
