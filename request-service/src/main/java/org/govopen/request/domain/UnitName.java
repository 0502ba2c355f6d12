package org.govopen.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A unit's name as catalog-service announced it, for letters. */
@Entity
@Table(name = "unit_directory")
public class UnitName extends PanacheEntityBase {

    @Id
    public String unit;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(name = "parent_unit")
    public String parentUnit;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The unit's name, or its path when catalog-service has not announced it. */
    public static String of(String unit) {
        UnitName u = findById(unit);
        return u == null ? unit : u.name;
    }
}
