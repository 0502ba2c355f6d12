package org.govopen.interaction.rest;

import jakarta.annotation.security.RolesAllowed;
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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.api.MessageReceiptView;
import org.govopen.interaction.api.MessageView;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.service.MessageIntake;
import org.govopen.interaction.service.MessageQueries;
import org.govopen.interaction.service.Replies;

/**
 * The 12345 hotline (城市热线): transfers tickets (also on {@code govopen.inbound.hotline}), follows them, reports its
 * call-back results. Replies go back to it as {@code govopen.interaction.hotline.reply} events.
 */
@Path("/api/v1/hotline/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline 12345", description = "12345 热线转办工单、回访结果")
public class HotlineResource {

    @Inject
    MessageIntake intake;

    @Inject
    MessageQueries queries;

    @Inject
    Replies replies;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOTLINE)
    @Operation(summary = "Transfer a ticket (转办工单)",
            description = "The reply period counts from transferredAt. The same ticketNumber again is the same ticket: 200 with "
                    + "repeat=true and nothing changed (no tracking secret then).")
    @APIResponse(responseCode = "201", description = "a new ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceiptView.class)))
    @APIResponse(responseCode = "200", description = "a ticket number already received: the same ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceiptView.class)))
    public Response transfer(@Valid @NotNull MessageForms.Ticket form) {
        user.requireCovers(form.unit());
        var received = intake.receive(Forms.of(form), "12345 热线");
        MessageReceiptView view = MessageResource.Receipts.of(received);
        return received.repeat() ? Response.ok(view).header("X-Repeat", "true").build()
                : Response.created(URI.create("/api/v1/hotline/tickets/" + form.ticketNumber())).entity(view).build();
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.HOTLINE, Roles.STAFF})
    @Operation(summary = "A ticket by the hotline's number, with its history")
    public MessageView getTicket(@PathParam("number") String number) {
        return queries.byHotlineTicket(number);
    }

    @POST
    @Path("/{number}/callback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOTLINE)
    @Operation(summary = "The hotline's call-back result (回访结果)",
            description = "不满意 and 非常不满意 (configurable) reopen the ticket once (重办); a ticket merged into another is rated there.")
    public MessageView callback(@PathParam("number") String number, @Valid @NotNull MessageForms.Rating form) {
        var m = queries.hotlineTicket(number);
        return queries.view(replies.rate(m.id, form.satisfaction(), form.comment(), "12345 热线回访"));
    }

    /** The edge's reading of a ticket form. */
    static final class Forms {
        static MessageIntake.Incoming of(MessageForms.Ticket f) {
            var c = f.caller() == null ? new MessageForms.Contact(null, null, null, null) : f.caller();
            return new MessageIntake.Incoming(MessageChannel.HOTLINE_12345, f.ticketNumber(), f.transferredAt(), f.category(),
                    f.subject(), f.text(), null, f.unit(), f.suggestion(), c.name(), c.phone(), c.email(), c.address(),
                    Boolean.TRUE.equals(f.consentToPublish()));
        }
    }
}
