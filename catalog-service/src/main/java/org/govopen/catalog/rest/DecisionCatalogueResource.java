package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.DecisionCatalogueView;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.domain.DecisionCatalogueVersion;
import org.govopen.catalog.service.MajorDecisionService;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** Publishing a government's yearly catalogue of major decisions (重大行政决策事项目录) on the website. */
@Path("/api/v1/decision-catalogues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Major decisions")
public class DecisionCatalogueResource {

    static final String CATALOGUE_PATH = UnitResource.UNIT_YEAR_PATH;

    @Inject
    MajorDecisionService decisions;

    @Inject
    CurrentUser user;

    @POST
    @Transactional
    @Path(CATALOGUE_PATH + "/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Publish the catalogue as it now stands as its next version",
            description = "Every version is kept (GET /api/v1/public/decision-catalogues/{unit}/{year}/versions). From "
                    + "the second version on, changeNote says what changed (400 naming changeNote); an unchanged "
                    + "catalogue is not published again (409).")
    @APIResponse(responseCode = "201", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionCatalogueView.class)))
    public Response publishCatalogue(@PathParam("unit") String unit, @PathParam("year") int year,
                                     @Valid DecisionForms.CataloguePublicationForm form) {
        user.requireCovers(unit);
        DecisionCatalogueVersion v = decisions.publish(unit, year, form, user.name());
        return Response.status(Response.Status.CREATED).entity(decisions.publicCatalogue(v.unit, v.year)).build();
    }
}
