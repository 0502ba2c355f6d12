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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.ConsultationView;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.service.ConsultationService;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** Staff's side of a consultation: every comment, moderation, and the adoption account. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Major decisions")
public class ConsultationResource {

    @Inject
    ConsultationService consultations;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A consultation with every comment received and its moderation")
    public ConsultationView getConsultation(@PathParam("id") UUID id) {
        user.requireCovers(consultations.require(id).unit);
        return consultations.staffView(id);
    }

    @POST
    @Transactional
    @Path("/{id}/comments/{commentId}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Publish a comment on the public page, or reject it with a reason (审核)")
    public ConsultationView moderateComment(@PathParam("id") UUID id, @PathParam("commentId") UUID commentId,
                                            @Valid @NotNull DecisionForms.ModerationForm form) {
        user.requireCovers(consultations.require(id).unit);
        consultations.moderate(id, commentId, form, user.name());
        return consultations.staffView(id);
    }

    @POST
    @Transactional
    @Path("/{id}/adoption-account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Give the account of the comments collected and adopted (意见采纳情况)",
            description = "Only after the consultation closed and once every comment is moderated (409); comments "
                    + "left out count as not adopted; NOT_ADOPTED and PARTLY_ADOPTED need a reason. Published on the "
                    + "consultation's public page; closes the account's deadline.")
    public ConsultationView giveAdoptionAccount(@PathParam("id") UUID id, @Valid @NotNull DecisionForms.AdoptionAccountForm form) {
        user.requireCovers(consultations.require(id).unit);
        consultations.account(id, form, user.name());
        return consultations.staffView(id);
    }
}
