package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.InspectionReportView;
import org.govopen.catalog.service.InspectionService;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** The disclosure office's inspection of a unit (网上巡查). */
@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection", description = "网上巡查：无信息的事项、超期或缺失的信息、逾期未复核的文件、村（居）与政府不一致的事项")
public class InspectionResource {

    @Inject
    InspectionService inspection;

    @Inject
    CurrentUser user;

    @GET
    @Path(UnitResource.UNIT_PATH)
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPERATOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "Inspection report of a unit",
            description = "Proactive entries with no published information; information published late or still "
                    + "missing against the 20-working-day limit; documents overdue for re-check; entries of the "
                    + "villages and communities directly below whose content, basis, time limit or method differ "
                    + "from the unit's entry for the same matter.")
    public InspectionReportView inspect(@jakarta.ws.rs.PathParam("unit") String unit) {
        user.requireCovers(unit);
        return inspection.inspect(unit);
    }
}
