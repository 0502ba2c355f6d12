package org.govopen.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.DomainView;
import org.govopen.catalog.api.NewDomainForm;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.service.UnitQueries;
import org.govopen.catalog.service.UnitService;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** The 26 pilot domains and the other domains (其他领域) units add. */
@Path("/api/v1/domains")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Domains", description = "领域：26个试点领域及各单位增设的其他领域")
public class DomainResource {

    @Inject
    UnitService units;

    @Inject
    UnitQueries queries;

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    @Operation(summary = "The pilot domains, and with ?unit= also the other domains that unit may use")
    public List<DomainView> listDomains(@QueryParam("unit") String unit) {
        return queries.domains(unit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Add an other domain (其他领域) for a unit and the units below it")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    public Response createDomain(@Valid NewDomainForm form) {
        user.requireCovers(form.unit());
        DisclosureDomain d = units.addDomain(form);
        return Response.status(Response.Status.CREATED).entity(DomainView.of(d)).build();
    }
}
