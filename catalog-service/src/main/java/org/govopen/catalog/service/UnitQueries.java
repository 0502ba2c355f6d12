package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.govopen.catalog.api.DomainView;
import org.govopen.catalog.api.UnitView;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.security.UnitScope;

/** Reading the unit tree and the domains. */
@ApplicationScoped
public class UnitQueries {

    /** Every unit, or {@code path} and those below it, by path. */
    public List<UnitView> below(String path) {
        List<Unit> units = path == null || path.isBlank() ? Unit.list("order by path")
                : Unit.list("path = ?1 or path like ?2 escape '\\' order by path", path, UnitScope.belowPattern(path));
        return units.stream().map(UnitView::of).toList();
    }

    /** The pilot domains, and with {@code unit} also the other domains that unit may use. */
    public List<DomainView> domains(String unit) {
        return DisclosureDomain.<DisclosureDomain>list("order by pilot desc, position, code").stream()
                .filter(d -> d.unit == null || (unit != null && d.availableTo(unit)))
                .map(DomainView::of).toList();
    }
}
