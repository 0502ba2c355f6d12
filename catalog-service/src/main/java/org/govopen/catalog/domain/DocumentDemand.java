package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Applications for one document of a unit, counted from govopen.request.events, and the proposal they led to. */
@Entity
@Table(name = "document_demand")
public class DocumentDemand extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    /** The document number when the applicant gave one, else the normalised title. */
    @Column(name = "document_key")
    public String documentKey;

    @Column(name = "document_number")
    public String documentNumber;

    public String title;

    @Column(nullable = false)
    public int applications;

    @Column(nullable = false)
    public int applicants;

    @Column(name = "last_applied_at", nullable = false)
    public OffsetDateTime lastAppliedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConversionProposal proposal;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_note")
    public String decisionNote;
}
