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
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.sentiment.api.OrderForms;
import org.govopen.sentiment.api.OrderView;
import org.govopen.sentiment.service.HandoffOrders;

/** Hand-off orders (转办单): out to the responsible unit, in from the province or city. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hand-off orders", description = "舆情转办单：转办、签收、阶段反馈与最终反馈、反馈超期提醒")
public class OrderResource {

    @Inject
    HandoffOrders orders;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Hand an incident's facts to the responsible unit (转办)",
            description = "With the facts to check and a feedback deadline; the deadline warns at the windows' points and "
                    + "alerts once when it passes without the final feedback.")
    @APIResponse(responseCode = "201", description = "issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    public Response issue(@Valid @NotNull OrderForms.Issue form) {
        OrderView view = orders.view(orders.issue(form, user.name()));
        return Response.status(Response.Status.CREATED).entity(view).location(java.net.URI.create("/api/v1/orders/" + view.id())).build();
    }

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Register an order from the province or city (上级转办单)",
            description = "Establishes an incident (origin TRANSFER_ORDER, kind 上级政府要求回应) at the time the order arrived, "
                    + "with the order's own number and feedback deadline. The same sender's number twice is a 409.")
    @APIResponse(responseCode = "201", description = "registered, incident established",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    public Response receive(@Valid @NotNull OrderForms.Inbound form) {
        user.requireCovers(form.toUnit());
        OrderView view = orders.view(orders.receive(form, user.name()));
        return Response.status(Response.Status.CREATED).entity(view).location(java.net.URI.create("/api/v1/orders/" + view.id())).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Orders of an incident, or sent to my unit and below",
            description = "overdue=true: those past their feedback deadline without the final feedback. sort: issuedAt, -issuedAt (default), feedbackDueAt.")
    public Page<OrderView> listOrders(@QueryParam("incidentId") UUID incidentId, @QueryParam("unit") String unit,
                                @QueryParam("overdue") Boolean overdue, @Valid @BeanParam PageRequest paging) {
        return orders.list(incidentId, unit, overdue, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "An order with its history")
    public OrderView getOrder(@PathParam("id") UUID id) {
        return orders.view(id);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Acknowledge receipt (签收)")
    @APIResponse(responseCode = "200", description = "acknowledged")
    public OrderView acknowledge(@PathParam("id") UUID id, @Valid OrderForms.Acknowledge form) {
        return orders.view(orders.acknowledge(id, form, user.name()));
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Give feedback (反馈): interim, or final (last=true), which closes the deadline")
    @APIResponse(responseCode = "200", description = "recorded")
    public OrderView feedback(@PathParam("id") UUID id, @Valid @NotNull OrderForms.Feedback form) {
        return orders.view(orders.feedback(id, form, user.name()));
    }
}
