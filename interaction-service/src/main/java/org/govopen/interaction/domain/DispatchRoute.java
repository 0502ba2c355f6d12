package org.govopen.interaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the dispatch catalogue (派单目录): messages of a category (or any) about a matter go to this lead unit
 * (主办), with these assisting units (协办). Kept by an office for its own desk.
 */
@Entity
@Table(name = "dispatch_route")
public class DispatchRoute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "office_unit", nullable = false)
    public String officeUnit;

    /** Null: any category. */
    @Enumerated(EnumType.STRING)
    public MessageCategory category;

    /** The matter, a word or phrase looked for in the subject and text (e.g. 噪音, 低保, 占道经营). */
    @Column(nullable = false)
    public String matter;

    @Column(name = "lead_unit", nullable = false)
    public String leadUnit;

    @Column(name = "assisting_units", nullable = false)
    public String[] assistingUnits = new String[0];

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
