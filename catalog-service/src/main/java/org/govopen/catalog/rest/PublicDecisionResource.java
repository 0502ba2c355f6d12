package org.govopen.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.ConsultationView;
import org.govopen.catalog.api.DecisionCatalogueView;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.api.DecisionView;
import org.govopen.catalog.domain.ConsultationComment;
import org.govopen.catalog.service.ConsultationService;
import org.govopen.catalog.service.MajorDecisionService;

/** Major decisions as the public sees them: the catalogue and its history, consultations, comments, decisions. */
@Path("/api/v1/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public major decisions", description = "重大行政决策公开：年度目录及调整、听证事项、征求意见、决策结果（无需登录）")
public class PublicDecisionResource {

    @Inject
    MajorDecisionService decisions;

    @Inject
    ConsultationService consultations;

    @GET
    @Path("/decision-catalogues/" + DecisionCatalogueResource.CATALOGUE_PATH)
    @Operation(summary = "A government's current catalogue of major decisions for a year, with the hearing list",
            description = "What changed from the version before is in changes; 404 until a version is published.")
    public DecisionCatalogueView publishedCatalogue(@PathParam("unit") String unit, @PathParam("year") int year) {
        return decisions.publicCatalogue(unit, year);
    }

    @GET
    @Path("/decision-catalogues/" + DecisionCatalogueResource.CATALOGUE_PATH + "/versions")
    @Operation(summary = "Every published version of the catalogue, first to last, with the reason and content of each change")
    public List<DecisionCatalogueView> catalogueVersions(@PathParam("unit") String unit, @PathParam("year") int year) {
        return decisions.history(unit, year);
    }

    @GET
    @Path("/major-decisions/{id}")
    @Operation(summary = "A decision of a published catalogue: its consultation, hearings, meetings and record")
    public DecisionView publicDecision(@PathParam("id") UUID id) {
        return decisions.publicView(id);
    }

    @GET
    @Path("/consultations/{id}")
    @Operation(summary = "A consultation's draft, basis and period, the published comments and, once given, the adoption account",
            description = "404 before the day it opens.")
    public ConsultationView publicConsultation(@PathParam("id") UUID id) {
        return consultations.publicView(id);
    }

    @POST
    @Path("/consultations/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a comment on the draft",
            description = "Personal data in the text and the name are masked before anything is stored; the comment is "
                    + "shown once staff have published it. 409 outside the comment period.")
    @APIResponse(responseCode = "202", description = "received, shown after moderation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsultationView.CommentView.class)))
    public Response sendComment(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.CommentForm form) {
        ConsultationComment c = consultations.comment(id, form);
        return Response.accepted(ConsultationView.CommentView.of(c)).build();
    }
}
