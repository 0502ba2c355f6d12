package org.govopen.request.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.request.api.TrackingView;
import org.govopen.request.service.ApplicationQueries;
import org.govopen.request.service.Letters;

/** The applicant follows their own case with the tracking code and secret from registration; no account needed. */
@Path("/api/v1/tracking/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking", description = "申请人查询办理进度（查询码与查询密码）")
@PermitAll
public class TrackingResource {

    public static final String SECRET_HEADER = "X-Tracking-Secret";

    @Inject
    ApplicationQueries queries;

    @Inject
    Letters letters;

    @GET
    @Operation(summary = "Status, due date and history of my application",
            description = "Without the right secret (header X-Tracking-Secret) nothing is shown: 404, the same as for an "
                    + "unknown code. The history leaves out staff names and staff-only notes.")
    public TrackingView track(@PathParam("code") String code,
                              @HeaderParam(SECRET_HEADER) @Parameter(required = true) String secret) {
        return queries.track(code, secret);
    }

    @GET
    @Path("/reply-letter")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "My reply letter (答复告知书), once the application is replied")
    public String trackedReplyLetter(@PathParam("code") String code, @HeaderParam(SECRET_HEADER) String secret) {
        return letters.replyLetter(queries.tracked(code, secret));
    }
}
