package org.govopen.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.InspectionRoundView;
import org.govopen.catalog.service.InspectionRoundService;
import org.govopen.commons.problem.InvalidInputException;

/** Published reports of random inspection (随机抽查通报), with the seed so anybody can check the draw. */
@Path("/api/v1/public/inspection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public inspection", description = "随机抽查通报（无需登录）")
public class PublicInspectionResource {

    @Inject
    InspectionRoundService rounds;

    @GET
    @Operation(summary = "An organiser's published reports, newest first")
    public List<InspectionRoundView> publishedInspectionReports(@QueryParam("organiser") String organiser) {
        if (organiser == null || organiser.isBlank()) {
            throw new InvalidInputException("organiser", "须指定组织抽查的单位");
        }
        return rounds.ofOrganiser(organiser.trim(), true);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published report (通报): the draw with its seed and candidates, every finding and its rectification")
    public InspectionRoundView publishedInspectionReport(@PathParam("id") UUID id) {
        return rounds.publicView(id);
    }
}
