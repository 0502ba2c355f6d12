package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.request.domain.Application;

/** Finds an application a staff member may act on: 404 when there is none, 403 outside their unit. */
@ApplicationScoped
public class ApplicationLookup {

    @Inject
    CurrentUser user;

    public Application forStaff(UUID id) {
        Application a = Application.findById(id);
        if (a == null) {
            throw new ResourceNotFoundException("申请", id);
        }
        user.requireCovers(a.unit);
        return a;
    }

    /** As {@link #forStaff}, locked for the rest of the transaction: actions on one case run one at a time. */
    public Application forUpdate(UUID id) {
        Application a = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new ResourceNotFoundException("申请", id);
        }
        user.requireCovers(a.unit);
        return a;
    }
}
