package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A response (回应) given to an incident: what, when, where, a link and the text. */
@Entity
@Table(name = "response")
public class Response extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseKind kind;

    @Column(name = "responded_at", nullable = false)
    public OffsetDateTime respondedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseChannel channel;

    public String link;

    @Column(nullable = false)
    public String body;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
