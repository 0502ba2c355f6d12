package org.govopen.request.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.request.api.ApplicationSummaryView;
import org.govopen.request.api.ApplicationView;
import org.govopen.request.api.ConsultationAnswerForm;
import org.govopen.request.api.ConsultationForm;
import org.govopen.request.api.CorrectionArrivalForm;
import org.govopen.request.api.CorrectionNoticeForm;
import org.govopen.request.api.DeliveryForm;
import org.govopen.request.api.DueView;
import org.govopen.request.api.ExtensionForm;
import org.govopen.request.api.FeeNoticeForm;
import org.govopen.request.api.TransitionView;
import org.govopen.request.api.LaterReplyDateForm;
import org.govopen.request.api.NoteForm;
import org.govopen.request.api.PaymentForm;
import org.govopen.request.api.ReceiptConfirmationForm;
import org.govopen.request.api.RegistrationForm;
import org.govopen.request.api.RegistrationReceiptView;
import org.govopen.request.api.RemedyDecisionForm;
import org.govopen.request.api.RemedyForm;
import org.govopen.request.api.ReplyForm;
import org.govopen.request.api.WithdrawalForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.Remedy;
import org.govopen.request.domain.ReplyOutcome;
import org.govopen.request.service.ApplicationLookup;
import org.govopen.request.service.ApplicationQueries;
import org.govopen.request.service.CorrectionService;
import org.govopen.request.service.FeeService;
import org.govopen.request.service.HandlingService;
import org.govopen.request.service.Letters;
import org.govopen.request.service.RegistrationService;
import org.govopen.request.service.RemedyService;
import org.govopen.request.service.ReplyService;

/** Applications for disclosure (依申请公开): registration, the case's actions, lists and the reply letter. */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "政府信息公开申请：登记、审核、办理、答复、送达、归档")
public class ApplicationResource {

    @Inject
    RegistrationService registration;

    @Inject
    CorrectionService correction;

    @Inject
    HandlingService handling;

    @Inject
    FeeService fees;

    @Inject
    ReplyService replies;

    @Inject
    RemedyService remedies;

    @Inject
    ApplicationQueries queries;

    @Inject
    ApplicationLookup lookup;

    @Inject
    Letters letters;

    @Inject
    CurrentUser user;

    @Inject
    CurrentCalendar calendar;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    // the token is optional: declared so, generated clients send it when they have one
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet
    @Operation(summary = "Register an application (登记)",
            description = "Without a token: an applicant's online application (channel ONLINE only). With a clerk's token: any "
                    + "channel, for the clerk's unit or below. The receipt date follows 条例第三十一条: in person and 12345 "
                    + "transfers on the day submitted, signed-for post on the day signed for; online, fax and ordinary letters "
                    + "wait for confirmation. Answers the case number, the tracking code and secret, and the due date.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationReceiptView.class)))
    public Response register(@Valid RegistrationForm form) {
        boolean byApplicant = !user.isAuthenticated();
        String actor = byApplicant ? "applicant" : user.name();
        if (!byApplicant) {
            if (!(user.hasRole(Roles.CLERK) || user.hasRole(Roles.SUPERVISOR) || user.hasRole(Roles.ADMIN))) {
                throw new io.quarkus.security.ForbiddenException("登记申请需要登记人员（clerk）角色");
            }
            user.requireCovers(form.unit());
        }
        var registered = registration.register(form, actor, byApplicant);
        Application a = registered.application();
        DueView due = a.clockStartOn == null ? null : DueView.of(calendar.get().dueDate(a.clockStartOn,
                org.govopen.request.domain.ReplyPeriodRule.WORKING_DAYS));
        String notice = a.receivedOn == null
                ? "申请已登记，收到申请的日期待双方确认后开始计算答复期限（条例第三十一条）"
                : "本机关自收到申请之日起20个工作日内答复（条例第三十三条）";
        var receipt = new RegistrationReceiptView(a.id, a.caseNumber, a.trackingCode, registered.trackingSecret(), a.state,
                a.receivedOn, due, notice, a.excessive);
        return Response.status(Response.Status.CREATED).entity(receipt)
                .location(java.net.URI.create("/api/v1/applications/" + a.id)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Cases in my unit and below",
            description = "Filters combine: state, channel, outcome (repeatable), dueWithinDays (calendar days), overdue, "
                    + "excessive. sort: dueAt (default), receivedOn, submittedOn, caseNumber; '-' for descending. "
                    + "Applicants' names are masked.")
    public Page<ApplicationSummaryView> listApplications(@QueryParam("unit") String unit,
                                         @QueryParam("state") List<String> states,
                                         @QueryParam("channel") List<String> channels,
                                         @QueryParam("outcome") List<String> outcomes,
                                         @QueryParam("dueWithinDays") @Min(value = 0, message = "必须在 0 到 3660 之间")
                                         @Max(value = 3660, message = "必须在 0 到 3660 之间") Integer dueWithinDays,
                                         @QueryParam("overdue") Boolean overdue,
                                         @QueryParam("excessive") Boolean excessive,
                                         @Valid @BeanParam PageRequest paging) {
        List<Violation> problems = new ArrayList<>();
        List<ApplicationState> s = Params.enums(ApplicationState.class, "state", states, problems);
        List<Channel> c = Params.enums(Channel.class, "channel", channels, problems);
        List<ReplyOutcome> o = Params.enums(ReplyOutcome.class, "outcome", outcomes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return queries.list(new ApplicationQueries.ListFilter(unit, s, c, o, dueWithinDays, overdue, excessive), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A case, with its due date, deadlines, consultations and the actions allowed next")
    public ApplicationView getApplication(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The case history: who, when, from, to, note")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return queries.history(id);
    }

    @GET
    @Path("/{id}/reply-letter")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.HANDLER, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "The reply letter (答复告知书) as printable HTML")
    public String replyLetter(@PathParam("id") UUID id) {
        return letters.replyLetter(lookup.forStaff(id));
    }

    @POST
    @Path("/{id}/receipt-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Confirm the receipt date of an online, fax or ordinary-letter application (第三十一条)")
    public ApplicationView confirmReceipt(@PathParam("id") UUID id, @Valid ReceiptConfirmationForm body) {
        return queries.view(registration.confirmReceipt(id, body.receivedOn(), user.name()));
    }

    @POST
    @Path("/{id}/correction-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Ask the applicant to correct the application, once, within 7 working days of receipt (第三十条)")
    public ApplicationView requestCorrection(@PathParam("id") UUID id, @Valid CorrectionNoticeForm body) {
        return queries.view(correction.request(id, body, user.name()));
    }

    @POST
    @Path("/{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "The corrected application arrived: the reply period starts again from that day")
    public ApplicationView submitCorrection(@PathParam("id") UUID id, @Valid CorrectionArrivalForm body) {
        return queries.view(correction.submit(id, body.submittedOn(), user.name()));
    }

    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Start the review (审核)")
    public ApplicationView startReview(@PathParam("id") UUID id, @Valid NoteForm body) {
        return queries.view(handling.startReview(id, body.note(), user.name()));
    }

    @POST
    @Path("/{id}/handling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Pass the case on for handling (办理)")
    public ApplicationView startHandling(@PathParam("id") UUID id, @Valid NoteForm body) {
        return queries.view(handling.startHandling(id, body.note(), user.name()));
    }

    @POST
    @Path("/{id}/consultations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Consult a third party or a co-producing agency: 15 working days, not counted (第三十二、三十四条)")
    public ApplicationView consult(@PathParam("id") UUID id, @Valid ConsultationForm body) {
        Consultation c = handling.consult(id, body, user.name());
        return queries.view(c.applicationId);
    }

    @POST
    @Path("/{id}/consultations/{consultationId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Record the consulted party's answer, or its silence once the 15 working days have passed")
    public ApplicationView answer(@PathParam("id") UUID id, @PathParam("consultationId") UUID consultationId,
                                  @Valid ConsultationAnswerForm body) {
        handling.answer(id, consultationId, body, user.name());
        return queries.view(id);
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Extend the reply period once, by at most 20 working days (head of the disclosure office, 第三十三条)")
    public ApplicationView extend(@PathParam("id") UUID id, @Valid ExtensionForm body) {
        return queries.view(handling.extend(id, body, user.name()));
    }

    @POST
    @Path("/{id}/later-reply-date")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Set a later reply date for a clearly excessive application (第三十五条)")
    public ApplicationView replyLater(@PathParam("id") UUID id, @Valid LaterReplyDateForm body) {
        return queries.view(handling.replyLater(id, body, user.name()));
    }

    @POST
    @Path("/{id}/fee-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Send a fee notice (国办函〔2020〕109号, by count or by volume, never both); the clock stops until payment")
    public ApplicationView notifyFee(@PathParam("id") UUID id, @Valid FeeNoticeForm body) {
        return queries.view(fees.notifyFee(id, body, user.name()));
    }

    @POST
    @Path("/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Record the fee's payment; the clock runs again")
    public ApplicationView recordPayment(@PathParam("id") UUID id, @Valid PaymentForm body) {
        return queries.view(fees.recordPayment(id, body.paidOn(), user.name()));
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HANDLER, Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Reply with exactly one outcome of the annual-report rows",
            description = "PARTIAL lists what was withheld and why; GRANTED may point to an already published item "
                    + "(alreadyPublicId); UNABLE_NOT_HELD may name the competent agency.")
    public ApplicationView reply(@PathParam("id") UUID id, @Valid ReplyForm body) {
        return queries.view(replies.reply(id, body, user.name()));
    }

    @POST
    @Path("/{id}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.HANDLER, Roles.SUPERVISOR})
    @Operation(summary = "Record the delivery of the reply (送达) and its proof")
    public ApplicationView deliver(@PathParam("id") UUID id, @Valid DeliveryForm body) {
        return queries.view(replies.deliver(id, body, user.name()));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Archive the case (归档): it is locked")
    public ApplicationView archive(@PathParam("id") UUID id) {
        return queries.view(replies.archive(id, user.name()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Record that the applicant withdrew the application")
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid WithdrawalForm body) {
        return queries.view(replies.withdraw(id, body.withdrawnOn(), body.note(), user.name()));
    }

    @POST
    @Path("/{id}/remedies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Record an administrative review (行政复议) or lawsuit (行政诉讼) about the case and its result")
    public ApplicationView recordRemedy(@PathParam("id") UUID id, @Valid RemedyForm body) {
        Remedy r = remedies.record(id, body, user.name());
        return queries.view(r.applicationId);
    }

    @POST
    @Path("/{id}/remedies/{remedyId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.SUPERVISOR})
    @Operation(summary = "Record the decision of a pending administrative review or lawsuit")
    public ApplicationView decideRemedy(@PathParam("id") UUID id, @PathParam("remedyId") UUID remedyId,
                                        @Valid RemedyDecisionForm body) {
        remedies.decide(id, remedyId, body, user.name());
        return queries.view(id);
    }
}
