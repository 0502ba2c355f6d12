package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.List;
import org.govopen.catalog.domain.Unit;

/** A unit of the tree with its settings. */
public record UnitView(String path, String name, String kind, String kindLabel, String parentPath,
                       List<String> reviewDomains, String recheckCycle, int reviewWorkingDays, LocalDate reviewBy,
                       int conversionApplicants, int conversionApplications) {

    public static UnitView of(Unit u) {
        return new UnitView(u.path, u.name, u.kind.name(), u.kind.label(), u.parentPath, u.reviewDomains,
                u.recheckCycle.name(), u.reviewWorkingDays, u.reviewBy, u.conversionApplicants, u.conversionApplications);
    }
}
