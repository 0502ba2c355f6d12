package org.govopen.interaction.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.Roles;
import org.govopen.interaction.api.ClusterView;
import org.govopen.interaction.api.KnowledgeForms;
import org.govopen.interaction.api.KnowledgeViews.FaqView;
import org.govopen.interaction.api.KnowledgeViews.RouteView;
import org.govopen.interaction.service.Clusters;
import org.govopen.interaction.service.DispatchCatalogue;
import org.govopen.interaction.service.KnowledgeBase;

/** What the desk keeps: the knowledge base (知识库) and the dispatch catalogue (派单目录); and the clusters it sees. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Desk", description = "知识库、派单目录、同一事项的集中留言")
public class KnowledgeResource {

    @Inject
    KnowledgeBase knowledge;

    @Inject
    DispatchCatalogue catalogue;

    @Inject
    Clusters clusters;

    @POST
    @Path("/faq")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Add a question and its answer to the knowledge base")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FaqView.class)))
    public Response addFaq(@Valid @NotNull KnowledgeForms.Faq form) {
        var f = knowledge.add(form);
        return Response.created(URI.create("/api/v1/faq/" + f.id)).entity(FaqView.of(f)).build();
    }

    @GET
    @Path("/faq")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The knowledge base of my unit and below")
    public Page<FaqView> faq(@QueryParam("unit") String unit, @Valid @BeanParam PageRequest paging) {
        return knowledge.list(unit, paging);
    }

    @PUT
    @Path("/faq/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Change a question or its answer")
    public FaqView updateFaq(@PathParam("id") UUID id, @Valid @NotNull KnowledgeForms.Faq form) {
        return FaqView.of(knowledge.update(id, form));
    }

    @DELETE
    @Path("/faq/{id}")
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Remove a question")
    @APIResponse(responseCode = "204", description = "removed")
    public void removeFaq(@PathParam("id") UUID id) {
        knowledge.remove(id);
    }

    @POST
    @Path("/dispatch-routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Add a line to the dispatch catalogue (category × matter → lead unit, assisting units)")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouteView.class)))
    public Response addRoute(@Valid @NotNull KnowledgeForms.Route form) {
        var r = catalogue.add(form);
        return Response.created(URI.create("/api/v1/dispatch-routes/" + r.id)).entity(RouteView.of(r)).build();
    }

    @GET
    @Path("/dispatch-routes")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The dispatch catalogue of my unit and below")
    public Page<RouteView> routes(@QueryParam("officeUnit") String officeUnit, @Valid @BeanParam PageRequest paging) {
        return catalogue.list(officeUnit, paging);
    }

    @DELETE
    @Path("/dispatch-routes/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Remove a line of the dispatch catalogue")
    @APIResponse(responseCode = "204", description = "removed")
    public void removeRoute(@PathParam("id") UUID id) {
        catalogue.remove(id);
    }

    @GET
    @Path("/clusters")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Clusters of messages on one matter (同一事项集中留言), latest first",
            description = "Each was announced once to the opinion desk (govopen.interaction.cluster.detected).")
    public Page<ClusterView> clusters(@QueryParam("unit") String unit, @Valid @BeanParam PageRequest paging) {
        return clusters.list(unit, paging);
    }
}
