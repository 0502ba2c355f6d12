package org.govopen.sentiment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.sentiment.api.IncidentForms;
import org.govopen.sentiment.api.IncidentSummaryView;
import org.govopen.sentiment.api.IncidentView;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.service.IncidentQueries;
import org.govopen.sentiment.service.IncidentService;

/** Public-opinion incidents (舆情事件): establish, assess, answer, merge, close. */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "政务舆情事件：确认、研判、回应、合并、办结，1/5/24/48 小时回应时限")
public class IncidentResource {

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueries queries;

    @Inject
    org.govopen.sentiment.service.IncidentReports reports;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Establish an incident (确认舆情事件)",
            description = "By hand or from signals of my unit and below. establishedAt (now if omitted) starts every response "
                    + "window; the provisional level (一般 if omitted) gives the windows until the assessment: 特别重大/重大 — "
                    + "facts 1 h, authoritative information 5 h, a press conference 24 h with major impact; otherwise a "
                    + "response in 48 h. The unit's escalation chain is frozen on the incident.")
    @APIResponse(responseCode = "201", description = "established, windows running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response open(@Valid @NotNull IncidentForms.Open form) {
        user.requireCovers(form.unit());
        IncidentView view = queries.view(incidents.open(form, user.name()));
        return Response.status(Response.Status.CREATED).entity(view)
                .location(java.net.URI.create("/api/v1/incidents/" + view.id())).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Incidents of my unit and below",
            description = "Filters: state, level (repeatable). sort: establishedAt, number; '-' for descending (default -establishedAt).")
    public Page<IncidentSummaryView> listIncidents(@QueryParam("unit") String unit, @QueryParam("state") List<String> states,
                                          @QueryParam("level") List<String> levels, @Valid @BeanParam PageRequest paging) {
        List<Violation> problems = new ArrayList<>();
        List<IncidentState> s = Params.enums(IncidentState.class, "state", states, problems);
        List<IncidentLevel> l = Params.enums(IncidentLevel.class, "level", levels, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return queries.list(new IncidentQueries.Filter(unit, s, l), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "An incident: assessment, responsibility, windows, responses, escalations and the actions allowed next")
    public IncidentView getIncident(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @GET
    @Path("/{id}/evaluation")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The evaluation of an incident (评估): timeline, each window met or missed with its lag",
            description = "concluded=true once the incident is closed or merged: the figures are final.")
    public org.govopen.sentiment.api.EvaluationView evaluation(@PathParam("id") UUID id) {
        return reports.evaluation(id);
    }

    @POST
    @Path("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Assess or re-assess (研判)",
            description = "Level, kind, impact, places and departments; the responsible unit follows 属地管理、分级负责、谁主管谁负责. "
                    + "The windows are recomputed from the original establishedAt, never from now: raising the level to 重大 "
                    + "two hours after establishment makes the 1-hour window already breached.")
    @APIResponse(responseCode = "200", description = "assessed")
    public IncidentView assess(@PathParam("id") UUID id, @Valid @NotNull IncidentForms.Assess form) {
        return queries.view(incidents.assess(id, form, user.name()));
    }

    @POST
    @Path("/{id}/signals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Attach signals to the incident")
    @APIResponse(responseCode = "200", description = "attached")
    public IncidentView attach(@PathParam("id") UUID id, @Valid @NotNull IncidentForms.Attach form) {
        return queries.view(incidents.attach(id, form));
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Record a response (回应)",
            description = "Facts released, authoritative information, press conference or another reply, with time, channel, link "
                    + "and text. The first response of the right kind answers its window and closes its deadline (authoritative "
                    + "information also answers the facts window, a press conference every window); one given after the window "
                    + "ended is kept as late, with the lag.")
    @APIResponse(responseCode = "200", description = "recorded")
    public IncidentView respond(@PathParam("id") UUID id, @Valid @NotNull IncidentForms.Respond form) {
        return queries.view(incidents.respond(id, form, user.name()));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Merge this incident into another (合并)",
            description = "This incident ends as MERGED and points to the other, which takes its signals, the earlier "
                    + "establishment time and the higher level; the other's windows are recomputed. Answers the incident that carries on.")
    @APIResponse(responseCode = "200", description = "merged; the incident that carries on")
    public IncidentView merge(@PathParam("id") UUID id, @Valid @NotNull IncidentForms.Merge form) {
        return queries.view(incidents.merge(id, form));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Close the incident (办结)", description = "Windows still unanswered are recorded as missed.")
    @APIResponse(responseCode = "200", description = "closed")
    public IncidentView close(@PathParam("id") UUID id, @Valid @NotNull IncidentForms.Close form) {
        return queries.view(incidents.close(id, form));
    }
}
