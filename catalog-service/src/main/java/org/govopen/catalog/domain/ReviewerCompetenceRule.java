package org.govopen.catalog.domain;

import org.govopen.commons.security.UnitScope;

/**
 * Who reviews a unit's catalogue (seed 000): the department of the government above the unit that is competent
 * for the entry's domain (市政府各相关部门审核), or a government above the unit (县级政府审核乡镇目录).
 * A unit never reviews its own catalogue, and a department never reviews another department's.
 */
public final class ReviewerCompetenceRule {

    private ReviewerCompetenceRule() {
    }

    public static boolean mayReview(Unit reviewer, Unit entryUnit, String domain) {
        if (reviewer.path.equals(entryUnit.path)) {
            return false;
        }
        if (reviewer.kind == UnitKind.DEPARTMENT) {
            return entryUnit.kind != UnitKind.DEPARTMENT && reviewer.reviewDomains.contains(domain)
                    && reviewer.parentPath != null && UnitScope.covers(reviewer.parentPath, entryUnit.path)
                    && !entryUnit.path.equals(reviewer.parentPath);
        }
        return reviewer.kind.isGovernment() && UnitScope.covers(reviewer.path, entryUnit.path);
    }
}
