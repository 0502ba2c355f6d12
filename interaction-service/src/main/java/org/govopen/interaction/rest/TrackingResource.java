package org.govopen.interaction.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.api.TrackingView;
import org.govopen.interaction.service.MessageQueries;
import org.govopen.interaction.service.Replies;

/** The writer follows their own message with the tracking code and secret from the receipt, and rates the reply. */
@Path("/api/v1/tracking/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking", description = "留言人查询办理进度、评价答复（查询码与查询密码）")
@PermitAll
public class TrackingResource {

    public static final String SECRET_HEADER = "X-Tracking-Secret";

    @Inject
    MessageQueries queries;

    @Inject
    Replies replies;

    @GET
    @Operation(summary = "Where my message stands, when the reply is due, and the reply",
            description = "Without the right secret (header X-Tracking-Secret) nothing is shown: 404, as for an unknown code.")
    public TrackingView track(@PathParam("code") String code,
                              @HeaderParam(SECRET_HEADER) @Parameter(required = true) String secret) {
        return queries.track(code, secret);
    }

    @POST
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the reply (回访评价)",
            description = "非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意. 不满意 and 非常不满意 (configurable) reopen the case once (重办).")
    public TrackingView rate(@PathParam("code") String code,
                             @HeaderParam(SECRET_HEADER) @Parameter(required = true) String secret,
                             @Valid @NotNull MessageForms.Rating form) {
        replies.rateTracked(code, secret, form.satisfaction(), form.comment());
        return queries.track(code, secret);
    }
}
