package org.govopen.commons.deadline;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;

/** The open deadlines of this service within the caller's unit, soonest first: what an operator watches. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "期限监控：本单位及下级单位的在办期限")
@RolesAllowed(Roles.STAFF)
public class DeadlineResource {

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @GET
    @Operation(summary = "Open deadlines in my unit and below",
            description = "`overdue=true`: breached only; `dueWithinDays=N`: due within N calendar days; `kind` filters by "
                    + "deadline kind. Paused deadlines are included with state PAUSED.")
    public Page<DeadlineView> listDeadlines(@QueryParam("overdue") Boolean overdue,
                                   @QueryParam("dueWithinDays") @Min(value = 0, message = "必须在 0 到 3660 之间")
                                   @Max(value = 3660, message = "必须在 0 到 3660 之间") Integer dueWithinDays,
                                   @QueryParam("kind") String kind,
                                   @Valid @BeanParam PageRequest paging) {
        String unit = user.requireUnit();
        StringBuilder q = new StringBuilder("state <> :closed and (unit = :unit or unit like :below escape '\\')");
        Parameters p = Parameters.with("closed", DeadlineState.CLOSED).and("unit", unit).and("below", UnitScope.belowPattern(unit));
        if (Boolean.TRUE.equals(overdue)) {
            q.append(" and dueAt <= :now");
            p.and("now", clock.now());
        }
        if (dueWithinDays != null) {
            q.append(" and dueAt <= :limit");
            p.and("limit", clock.now().plusDays(dueWithinDays));
        }
        if (kind != null && !kind.isBlank()) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        var query = Deadline.<Deadline>find(q.toString(), Sort.by("dueAt").and("id"), p);
        List<DeadlineView> items = query.page(paging.page, paging.size).list().stream().map(DeadlineView::of).toList();
        return paging.page(items, query.count());
    }
}
