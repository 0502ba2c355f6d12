package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.InspectionRoundForms;
import org.govopen.catalog.api.InspectionRoundView;
import org.govopen.catalog.domain.InspectionRound;
import org.govopen.catalog.service.InspectionRoundService;
import org.govopen.commons.problem.Problem;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/**
 * Rounds of random inspection (三随机抽查巡检) as the organising disclosure office keeps them: the draw, the findings,
 * the rectifications the inspected units report, and the report (通报). The draw is seen only by staff of the
 * organiser and above until it is reported. A change and the view it answers with share one transaction.
 */
@Path("/api/v1/inspection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspection")
public class InspectionRoundResource {

    @Inject
    InspectionRoundService rounds;

    @Inject
    CurrentUser user;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Draw a round: units below the organiser, items of the fifteen, and a working day of the window",
            description = "The seed (given, or chosen at random) and the candidates are recorded, so the draw can be made "
                    + "again and checked. None is drawn twice unless repeat is true. A window with no working day is "
                    + "refused (400 naming from).")
    @APIResponse(responseCode = "201", description = "drawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionRoundView.class)))
    public Response drawRound(@Valid @NotNull InspectionRoundForms.NewRoundForm form) {
        user.requireCovers(form.organiser());
        InspectionRound r = rounds.draw(form, user.name());
        return Response.created(URI.create("/api/v1/inspection-rounds/" + r.id)).entity(rounds.view(r)).build();
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPERATOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "The rounds an organiser drew, newest first")
    public List<InspectionRoundView> listRounds(@QueryParam("organiser") String organiser) {
        String scope = organiser == null ? user.requireUnit() : organiser;
        user.requireCovers(scope);
        return rounds.ofOrganiser(scope, false);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPERATOR, Roles.REVIEWER, Roles.ADMIN})
    @Operation(summary = "One round: its draw, findings, the unit–item pairs still pending, and the report")
    public InspectionRoundView getRound(@PathParam("id") UUID id) {
        InspectionRound r = rounds.require(id);
        user.requireCovers(r.organiser);
        return rounds.view(r);
    }

    @POST
    @Transactional
    @Path("/{id}/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Record the finding for a drawn unit and item",
            description = "From the drawn day on (409 before). A problem (conforms false) needs rectifyBy: a deadline "
                    + "for the inspected unit, warned 3 days before and breached after, on govopen.alerts.")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionRoundView.class)))
    public Response recordFinding(@PathParam("id") UUID id, @Valid @NotNull InspectionRoundForms.FindingForm form) {
        user.requireCovers(rounds.require(id).organiser);
        rounds.find(id, form, user.name());
        return Response.status(Response.Status.CREATED).entity(rounds.view(rounds.require(id))).build();
    }

    @POST
    @Transactional
    @Path("/{id}/findings/{findingId}/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "The inspected unit reports its rectification (整改); the deadline closes")
    public InspectionRoundView reportRectification(@PathParam("id") UUID id, @PathParam("findingId") UUID findingId,
                                                   @Valid @NotNull InspectionRoundForms.RectificationForm form) {
        user.requireCovers(rounds.requireFinding(id, findingId).unit);
        rounds.rectify(id, findingId, form);
        return rounds.view(rounds.require(id));
    }

    @POST
    @Transactional
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Publish the round's report (通报)",
            description = "Refused with 409 and missing = [\"unit:ITEM\", …] while a drawn unit and item has no finding. "
                    + "Public at GET /api/v1/public/inspection-rounds/{id}, rectifications shown as they come.")
    @APIResponse(responseCode = "200", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionRoundView.class)))
    @APIResponse(responseCode = "409", description = "reported already, or findings are missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    example = "{\"type\":\"urn:govopen:problem:conflict\",\"title\":\"请求与当前数据冲突\",\"status\":409,"
                            + "\"detail\":\"尚有 1 项抽查未记录检查结果，不能通报\",\"missing\":[\"nanning/qingxiu:POLICY_INTERPRETATION\"]}"))
    public InspectionRoundView publishInspectionReport(@PathParam("id") UUID id, @Valid @NotNull InspectionRoundForms.ReportForm form) {
        user.requireCovers(rounds.require(id).organiser);
        return rounds.view(rounds.report(id, form, user.name()));
    }
}
