package org.govopen.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An administrative review (行政复议) or lawsuit (行政诉讼) against the handling of an application. */
@Entity
@Table(name = "remedy")
public class Remedy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RemedyKind kind;

    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RemedyResult result;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
