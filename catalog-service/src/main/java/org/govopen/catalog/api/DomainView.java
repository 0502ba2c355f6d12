package org.govopen.catalog.api;

import org.govopen.catalog.domain.DisclosureDomain;

/** A pilot domain, or an other domain of a unit. */
public record DomainView(String code, String name, boolean pilot, String unit) {

    public static DomainView of(DisclosureDomain d) {
        return new DomainView(d.code, d.name, d.pilot, d.unit);
    }
}
