package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A domain (领域) of the catalogue: one of the 26 pilot domains of the State Council departments' guidelines
 * (shipped, {@code unit} null), or an "other domain" (其他领域) a unit added for itself.
 */
@Entity
@Table(name = "domain")
public class DisclosureDomain extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public boolean pilot;

    /** The unit that added this domain; null for the pilot domains, which every unit has. */
    public String unit;

    @Column(nullable = false)
    public int position;

    /** A pilot domain, or one added by {@code unitPath} or a unit above it. */
    public boolean availableTo(String unitPath) {
        return unit == null || org.govopen.commons.security.UnitScope.covers(unit, unitPath);
    }
}
