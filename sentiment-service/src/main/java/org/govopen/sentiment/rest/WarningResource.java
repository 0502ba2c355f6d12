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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.Params;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.sentiment.api.IncidentView;
import org.govopen.sentiment.api.WarningForms;
import org.govopen.sentiment.domain.EarlyWarning;
import org.govopen.sentiment.service.EarlyWarnings;
import org.govopen.sentiment.service.IncidentQueries;

/** Early warning (预警): the rules of a unit, and the warnings they raised, each proposing an incident. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Early warning", description = "舆情预警：规则（关键词、传播量、增长量、类别）与预警，确认为舆情事件或排除")
public class WarningResource {

    @Inject
    EarlyWarnings warnings;

    @Inject
    IncidentQueries queries;

    @Inject
    CurrentUser user;

    @POST
    @Path("/warning-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Add an early-warning rule for a unit and the units below",
            description = "Every condition given must hold: any of the keywords (matched as the catalogue's search matches), reach at "
                    + "least, a rise of reach within some minutes, any of the kinds. At least one condition.")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WarningForms.RuleView.class)))
    public Response createWarningRule(@Valid @NotNull WarningForms.Rule form) {
        user.requireCovers(form.unit());
        var view = WarningForms.RuleView.of(warnings.create(form, user.name()));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/warning-rules")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The early-warning rules of my unit and below")
    public Page<WarningForms.RuleView> rules(@QueryParam("unit") String unit, @Valid @BeanParam PageRequest paging) {
        var page = warnings.rules(unit, paging);
        return paging.page(page.items().stream().map(WarningForms.RuleView::of).toList(), page.total());
    }

    @POST
    @Path("/warning-rules/{id}/enabled")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Switch a rule on")
    @APIResponse(responseCode = "200", description = "on")
    public WarningForms.RuleView enable(@PathParam("id") UUID id) {
        return WarningForms.RuleView.of(warnings.enable(id, true));
    }

    @POST
    @Path("/warning-rules/{id}/disabled")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Switch a rule off")
    @APIResponse(responseCode = "200", description = "off")
    public WarningForms.RuleView disable(@PathParam("id") UUID id) {
        return WarningForms.RuleView.of(warnings.enable(id, false));
    }

    @GET
    @Path("/warnings")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Early warnings of my unit and below", description = "state: PROPOSED, ACCEPTED, DISMISSED. sort: raisedAt, -raisedAt (default).")
    public Page<WarningForms.WarningView> listWarnings(@QueryParam("unit") String unit, @QueryParam("state") String state,
                                               @Valid @BeanParam PageRequest paging) {
        EarlyWarning.State s = Params.optionalEnum(EarlyWarning.State.class, "state", state);
        var page = warnings.warnings(unit, s, paging);
        return paging.page(page.items().stream().map(WarningForms.WarningView::of).toList(), page.total());
    }

    @POST
    @Path("/warnings/{id}/incident")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Accept a warning: establish the incident it proposes (origin WARNING), now, with its signal")
    @APIResponse(responseCode = "201", description = "established",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentView.class)))
    public Response accept(@PathParam("id") UUID id, @Valid @NotNull WarningForms.Accept form) {
        IncidentView view = queries.view(warnings.accept(id, form, user.name()));
        return Response.status(Response.Status.CREATED).entity(view)
                .location(java.net.URI.create("/api/v1/incidents/" + view.id())).build();
    }

    @POST
    @Path("/warnings/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Dismiss a warning (排除), with the reason")
    @APIResponse(responseCode = "200", description = "dismissed")
    public WarningForms.WarningView dismiss(@PathParam("id") UUID id, @Valid @NotNull WarningForms.Dismiss form) {
        return WarningForms.WarningView.of(warnings.dismiss(id, form, user.name()));
    }
}
