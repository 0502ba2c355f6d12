package org.govopen.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.UnitForms;
import org.govopen.catalog.api.UnitView;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.service.UnitQueries;
import org.govopen.catalog.service.UnitService;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** The unit tree (city → county/district/zone → township/street → village/community, and departments). */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "单位：市、县（区、开发区）、乡镇（街道）、村（社区）及各级政府部门")
public class UnitResource {

    static final String UNIT_PATH = "{unit: [a-z0-9][a-z0-9/-]*}";

    /** {unit}/{year}: a unit's path, then a four-digit year (a yearly catalogue, an annual report). */
    static final String UNIT_YEAR_PATH = UNIT_PATH + "/{year: [0-9][0-9][0-9][0-9]}";

    @Inject
    UnitService units;

    @Inject
    UnitQueries queries;

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(summary = "Units, optionally only a unit and those below it")
    public List<UnitView> listUnits(@QueryParam("under") String under) {
        return queries.below(under);
    }

    @GET
    @Path(UNIT_PATH)
    @PermitAll
    @Operation(summary = "One unit with its settings")
    public UnitView getUnit(@PathParam("unit") String unit) {
        return UnitView.of(units.require(unit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a unit under an existing one (admin of the parent unit or above)",
            description = "The path's last segment names the new unit; the rest must be an existing government. "
                    + "It starts with its parent's settings. Announced as govopen.catalog.unit.changed.")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response createUnit(@Valid UnitForms.NewUnitForm form) {
        if (org.govopen.commons.security.UnitScope.isWellFormed(form.path())) {
            user.requireCovers(form.path()); // a malformed path is a 400 from the service, naming the field
        }
        Unit u = units.create(form);
        return Response.created(URI.create("/api/v1/units/" + u.path)).entity(UnitView.of(u)).build();
    }

    @PUT
    @Path(UNIT_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a unit or change the domains a department reviews")
    public UnitView change(@PathParam("unit") String unit, @Valid UnitForms.UnitChangeForm change) {
        user.requireCovers(unit);
        return UnitView.of(units.rename(unit, change));
    }

    @PUT
    @Path(UNIT_PATH + "/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Set the unit's configurable rules",
            description = "Re-check cycle of documents not proactively disclosed (EVERY_TWO_YEARS, EVERY_YEAR, "
                    + "EACH_SEPTEMBER), review period in working days or a fixed review day of the unit's timeline, "
                    + "and the applicants/applications that propose converting a document to 主动公开.")
    public UnitView settings(@PathParam("unit") String unit, @Valid UnitForms.UnitSettingsForm settings) {
        user.requireCovers(unit);
        return UnitView.of(units.changeSettings(unit, settings));
    }
}
