package org.govopen.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A consultation (征求意见) of a third party or a co-producing agency; while open, the reply clock stops. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationParty party;

    /** Who is consulted; may name a person, so it stays out of events. */
    @Column(name = "party_name", nullable = false)
    public String partyName;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    /** 15 working days after the request. */
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    public ConsultationResponse response;

    @Column(columnDefinition = "text")
    public String note;

    public boolean isOpen() {
        return answeredOn == null;
    }

    public static List<Consultation> of(UUID applicationId) {
        return list("applicationId = ?1 order by requestedOn, id", applicationId);
    }
}
