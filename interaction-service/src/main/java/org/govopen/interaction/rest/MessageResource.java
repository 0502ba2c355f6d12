package org.govopen.interaction.rest;

import jakarta.annotation.security.PermitAll;
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
import org.govopen.interaction.api.KnowledgeViews;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.api.MessageReceiptView;
import org.govopen.interaction.api.MessageSummaryView;
import org.govopen.interaction.api.MessageView;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.service.MessageHandling;
import org.govopen.interaction.service.MessageIntake;
import org.govopen.interaction.service.MessageQueries;
import org.govopen.interaction.service.Publication;
import org.govopen.interaction.service.Replies;

/** Website messages (网站留言) and tickets, from receipt to the published reply. */
@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages", description = "政民互动：留言受理、分类派单、退单、改派、延期、并单、督办、答复、办结、公开选登")
public class MessageResource {

    @Inject
    MessageIntake intake;

    @Inject
    MessageQueries queries;

    @Inject
    MessageHandling handling;

    @Inject
    Replies replies;

    @Inject
    Publication publication;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a message (网站留言)",
            description = "Public. Answers the message number, a tracking code and secret (the secret is shown only now) and the "
                    + "reply due date with its explanation: 5 working days from the receipt, counted with the statutory holidays "
                    + "and make-up working days; the office may find it a simple and common question (1 working day). Without a "
                    + "unit (不确定) the reception desk dispatches it. The contact is seen by staff only.")
    @APIResponse(responseCode = "201", description = "received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageReceiptView.class)))
    public Response write(@Valid @NotNull MessageForms.Write form) {
        var c = form.contact();
        var in = new MessageIntake.Incoming(MessageChannel.WEBSITE, null, null, form.category(), form.subject(), form.text(),
                form.unit(), null, null, c.name(), c.phone(), c.email(), c.address(), form.consentToPublish());
        var received = intake.receive(in, "网站留言");
        return Response.created(URI.create("/api/v1/messages/" + received.message().id))
                .entity(Receipts.of(received)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Messages of my unit and below",
            description = "As the desk that triages them or as lead unit. overdue=true: past the reply due date and not answered. "
                    + "sort: receivedAt, replyDueAt ('-' for descending); newest first by default.")
    public Page<MessageSummaryView> listMessages(@QueryParam("unit") String unit, @QueryParam("state") MessageState state,
                                         @QueryParam("category") MessageCategory category,
                                         @QueryParam("channel") MessageChannel channel, @QueryParam("overdue") Boolean overdue,
                                         @Valid @BeanParam PageRequest paging) {
        return queries.list(unit, state, category, channel, overdue, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A message, with the writer's contact, its history and what may be done next")
    public MessageView getMessage(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @GET
    @Path("/{id}/suggestions")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Triage suggestions (分类派单建议)",
            description = "A close match in the knowledge base proposes a simple and common question and its answer as the draft; "
                    + "the dispatch catalogue proposes the lead and assisting units; the hotline's own suggestion as it came.")
    public KnowledgeViews.Suggestion suggestions(@PathParam("id") UUID id) {
        return queries.suggestions(id);
    }

    @POST
    @Path("/{id}/dispatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Triage and dispatch (分类派单)",
            description = "simple: reply within 1 working day, else 5 — counted from the receipt (a ticket: its transfer), not from now.")
    public MessageView dispatch(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Dispatch form) {
        return queries.view(handling.dispatch(id, form));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Return to the desk (退单), by the lead unit, with the reason",
            description = "The clock keeps running; the desk accepts (to dispatch again) or refuses (back to the unit).")
    public MessageView giveBack(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(handling.giveBack(id, form.reason()));
    }

    @POST
    @Path("/{id}/return-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Review a return (退单审核): approve=true accepts it")
    public MessageView reviewReturn(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Decision form) {
        return queries.view(handling.reviewReturn(id, form.approve(), form.note()));
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Reassign (改派)", description = "Another lead unit; the due date stays: the clock keeps running from the receipt.")
    public MessageView reassign(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reassign form) {
        return queries.view(handling.reassign(id, form));
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Ask for an extension (申请延期)",
            description = "Before the due date only (asked after it: 400 naming newDueDate); the new date a working day after "
                    + "the due date. The desk approves or refuses.")
    public MessageView askExtension(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Extension form) {
        return queries.view(handling.askExtension(id, form));
    }

    @POST
    @Path("/{id}/extension-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Approve or refuse an extension (延期审批)")
    public MessageView decideExtension(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Decision form) {
        return queries.view(handling.decideExtension(id, form.approve(), form.note()));
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Merge a duplicate (并单)",
            description = "This message is answered by the reply to `into`; each writer (each hotline ticket) is told the reply.")
    public MessageView merge(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Merge form) {
        return queries.view(handling.merge(id, form.into(), form.note()));
    }

    @POST
    @Path("/{id}/urge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR, Roles.OPERATOR})
    @Operation(summary = "Urge (催办) or, after the due date, supervise (督办)")
    public MessageView urge(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(handling.urge(id, form.reason()));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Suspend (挂起): time stops counting, no alerts")
    public MessageView suspend(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(handling.suspend(id, form.reason()));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Resume (恢复办理): the working days of the stop are added to the period")
    public MessageView resume(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(handling.resume(id, form.reason()));
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Submit the lead unit's reply for review (提交答复)")
    public MessageView submitReply(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reply form) {
        return queries.view(replies.submit(id, form));
    }

    @POST
    @Path("/{id}/reply/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Send the draft back (退回答复), with the reason")
    public MessageView sendBack(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(replies.sendBack(id, form.reason()));
    }

    @POST
    @Path("/{id}/reply/release")
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Approve and send the reply (审核通过并回复)",
            description = "The writer sees it on their page; a 12345 ticket's reply goes back to the hotline as an event; "
                    + "every message merged into this one is answered with it.")
    public MessageView release(@PathParam("id") UUID id) {
        return queries.view(replies.release(id, null));
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Close a replied message without a rating (办结)")
    public MessageView close(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(replies.close(id, form.reason()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Publish (公开选登)",
            description = "Only with the writer's consent and with 留言时间, 答复时间, 答复单位 and 答复内容; otherwise 400 naming "
                    + "what is missing (consentToPublish, repliedAt, replyingUnit, reply).")
    public MessageView publishMessage(@PathParam("id") UUID id) {
        return queries.view(publication.publish(id));
    }

    @POST
    @Path("/{id}/unpublish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Withdraw from publication (撤销公开)")
    public MessageView unpublish(@PathParam("id") UUID id, @Valid @NotNull MessageForms.Reason form) {
        return queries.view(publication.unpublish(id, form.reason()));
    }

    /** The receipt of a new message. */
    static final class Receipts {
        static MessageReceiptView of(MessageIntake.Received r) {
            var m = r.message();
            return new MessageReceiptView(m.id, m.number, m.trackingCode, r.trackingSecret(), m.state, m.receivedAt, r.replyDue());
        }
    }
}
