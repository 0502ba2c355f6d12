package org.govopen.catalog.domain;

import org.govopen.commons.security.UnitScope;

/**
 * Who reviews a unit's catalogue (seed 000): the department of the government above the unit that is competent
 * for the entry's domain (市政府各相关部门审核), or a government above the unit (县级政府审核乡镇目录).
 * A unit never reviews its own catalogue.
 */
public final class ReviewerCompetenceRule {

    private ReviewerCompetenceRule() {
    }

    public static boolean mayReview(Unit reviewer, String entryUnit, String domain) {
        if (reviewer.path.equals(entryUnit)) {
            return false;
        }
        if (reviewer.kind == UnitKind.DEPARTMENT) {
            return reviewer.reviewDomains.contains(domain) && reviewer.parentPath != null
                    && UnitScope.covers(reviewer.parentPath, entryUnit) && !entryUnit.equals(reviewer.parentPath);
        }
        return reviewer.kind.isGovernment() && UnitScope.covers(reviewer.path, entryUnit);
    }
}
