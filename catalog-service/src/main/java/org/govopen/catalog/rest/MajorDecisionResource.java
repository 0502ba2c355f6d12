package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.api.DecisionView;
import org.govopen.catalog.domain.Consultation;
import org.govopen.catalog.domain.MajorDecision;
import org.govopen.catalog.service.ConsultationService;
import org.govopen.catalog.service.MajorDecisionService;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Problem;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/**
 * A government's major administrative decisions (重大行政决策) as staff keep them: the yearly catalogue's items,
 * each decision's consultation, hearings and meetings, and its record. A change and the view it answers with share one
 * transaction, so the answer shows what was just written.
 */
@Path("/api/v1/major-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Major decisions", description = "重大行政决策：年度目录事项、公开征求意见、听证与列席、决策结果")
public class MajorDecisionResource {

    @Inject
    MajorDecisionService decisions;

    @Inject
    ConsultationService consultations;

    @Inject
    CurrentUser user;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Add a decision to a government's yearly catalogue (决策事项、承办部门、决策时间、是否听证)",
            description = "Only a government keeps a catalogue (400 naming unit); plannedBy must fall in the year. A "
                    + "decision not recorded by the end of plannedBy raises a deadline breach (warned 7 days before). "
                    + "The website shows it from the catalogue's next publication.")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    public Response addDecision(@Valid @NotNull DecisionForms.NewDecisionForm form) {
        user.requireCovers(form.unit());
        MajorDecision d = decisions.add(form, user.name());
        return Response.created(URI.create("/api/v1/major-decisions/" + d.id)).entity(decisions.view(d)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The decisions of a government's catalogue for a year, by planned time")
    public List<DecisionView> listDecisions(@QueryParam("unit") String unit,
                                            @Parameter(description = "the catalogue's year", example = "2026")
                                            @QueryParam("year") Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "须指定年度");
        }
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        return decisions.list(scope, year).stream().map(decisions::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One decision with its consultation (every comment and its moderation), meetings and record")
    public DecisionView getDecision(@PathParam("id") UUID id) {
        MajorDecision d = decisions.require(id);
        user.requireCovers(d.unit);
        return decisions.view(d);
    }

    @PUT
    @Transactional
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Change a planned decision (调整)",
            description = "Shown on the website from the catalogue's next publication, which must explain the change. "
                    + "A new planned time moves the decision's deadline and that of its adoption account.")
    public DecisionView changeDecision(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.DecisionChangeForm form) {
        user.requireCovers(decisions.require(id).unit);
        return decisions.view(decisions.change(id, form));
    }

    @POST
    @Transactional
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Take a planned decision out of the catalogue (调出目录), with the reason; its deadlines close")
    public DecisionView withdrawDecision(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.WithdrawalForm form) {
        user.requireCovers(decisions.require(id).unit);
        return decisions.view(decisions.withdraw(id, form));
    }

    @POST
    @Transactional
    @Path("/{id}/consultation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Publish the draft and its basis for comment (预公开, 公开征求意见)",
            description = "At least 30 days from the day after opensOn unless shortenedReason is given (400 naming "
                    + "closesOn), and closing by the decision's planned time. The adoption account is warned when "
                    + "the consultation closes without one and breached at the planned time. Public at "
                    + "GET /api/v1/public/consultations/{id} from opensOn.")
    @APIResponse(responseCode = "201", description = "opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", description = "a field is wrong; a period shorter than 30 days without a reason",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    example = "{\"type\":\"urn:govopen:problem:invalid-input\",\"title\":\"请求内容有误\",\"status\":400,"
                            + "\"violations\":[{\"field\":\"closesOn\",\"message\":\"征求意见期限为 20 日，少于 30 日的须说明理由"
                            + "（最早无须说明理由的截止日期：2026-10-01）\"}]}"))
    public Response openConsultation(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.ConsultationForm form) {
        user.requireCovers(decisions.require(id).unit);
        Consultation c = consultations.open(id, form, user.name());
        return Response.created(URI.create("/api/v1/consultations/" + c.id)).entity(decisions.view(decisions.require(id))).build();
    }

    @POST
    @Transactional
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Record a hearing (听证会) or a decision meeting sat in on (列席), with its participants")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    public Response addMeeting(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.MeetingForm form) {
        user.requireCovers(decisions.require(id).unit);
        decisions.addMeeting(id, form, user.name());
        return Response.status(Response.Status.CREATED).entity(decisions.view(decisions.require(id))).build();
    }

    @POST
    @Transactional
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Record the decision (决策结果); its deadline closes",
            description = "Refused with 409 and missing = [consultation | adoptionAccount, hearing] while a step of "
                    + "the procedure is missing; decidedOn must be after the consultation closed.")
    @APIResponse(responseCode = "200", description = "recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "decided or withdrawn already, or a step of the procedure is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    example = "{\"type\":\"urn:govopen:problem:conflict\",\"title\":\"请求与当前数据冲突\",\"status\":409,"
                            + "\"detail\":\"尚不能作出决策：未公布意见收集和采纳情况；目录列明须听证，尚未举行听证会\","
                            + "\"missing\":[\"adoptionAccount\",\"hearing\"]}"))
    public DecisionView recordDecision(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.DecisionRecordForm form) {
        user.requireCovers(decisions.require(id).unit);
        return decisions.view(decisions.record(id, form, user.name()));
    }
}
