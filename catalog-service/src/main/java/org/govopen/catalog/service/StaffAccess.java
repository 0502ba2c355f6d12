package org.govopen.catalog.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.ReviewerCompetenceRule;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/**
 * Who may do what to a catalogue (issue: the unit compiles, the city department of that domain reviews, the
 * disclosure office publishes), on top of the roles checked by {@code @RolesAllowed}.
 */
@RequestScoped
public class StaffAccess {

    @Inject
    CurrentUser user;

    /** Compiling (clerk), or the disclosure office (supervisor) and administrators, of the unit or above. */
    public void requireCompiler(String unit) {
        if (!(user.hasRole(Roles.CLERK) || user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN))) {
            throw new ForbiddenException("编制目录需要登记人员（clerk）或公开办（supervisor）角色");
        }
        user.requireCovers(unit);
    }

    /** A reviewer of the competent department (or a government above the unit); never the unit itself. */
    public void requireReviewer(CatalogEntry entry) {
        Unit reviewer = Unit.findById(user.requireUnit());
        if (reviewer == null || !ReviewerCompetenceRule.mayReview(reviewer, Unit.findById(entry.unit), entry.domain)) {
            throw new ForbiddenException("“" + user.unit() + "”不是“" + entry.unit + "”该领域目录的审核部门");
        }
    }

    /** The disclosure office (supervisor) of the unit or above. */
    public void requirePublisher(String unit) {
        user.requireCovers(unit);
    }

    /** Staff may read what is in their unit or below; reviewers also what they may review. */
    public void requireReader(CatalogEntry entry) {
        if (user.covers(entry.unit)) {
            return;
        }
        Unit own = user.unit() == null ? null : Unit.findById(user.unit());
        if (!user.hasRole(Roles.REVIEWER) || own == null
                || !ReviewerCompetenceRule.mayReview(own, Unit.findById(entry.unit), entry.domain)) {
            user.requireCovers(entry.unit);
        }
    }

    public String name() {
        return user.name();
    }

    public CurrentUser user() {
        return user;
    }
}
