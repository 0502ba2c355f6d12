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
import org.govopen.sentiment.api.SignalForm;
import org.govopen.sentiment.api.SignalView;
import org.govopen.sentiment.service.IncidentQueries;
import org.govopen.sentiment.service.SignalIntake;

/** Signals (监测信息) from monitoring feeds and the desk. */
@Path("/api/v1/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signals", description = "舆情监测信息：监测源推送、去重、传播量")
public class SignalResource {

    @Inject
    SignalIntake intake;

    @Inject
    IncidentQueries queries;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FEED, Roles.OPERATOR, Roles.SUPERVISOR})
    @Operation(summary = "Push a signal (推送监测信息)",
            description = "A monitoring feed (role feed) or the desk reports what it saw, for its unit or below. A repeat — the "
                    + "same URL, or the same title and text — raises the reach figures (the highest seen is kept) and the "
                    + "sightings and answers 200 with repeat=true; a new signal answers 201. Repeats are recognised within the unit "
                    + "pushed for. ID numbers, phone numbers and house numbers in the text are masked before anything is stored.")
    @APIResponse(responseCode = "201", description = "a new signal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "200", description = "a repeat of a known signal: its reach raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalView.class)))
    public Response push(@Valid @NotNull SignalForm form) {
        user.requireCovers(form.unit());
        var received = intake.receive(Forms.of(form));
        SignalView view = SignalView.of(received.signal(), received.repeat());
        return received.repeat() ? Response.ok(view).build()
                : Response.status(Response.Status.CREATED).entity(view)
                        .location(java.net.URI.create("/api/v1/signals/" + view.id())).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Signals of my unit and below, latest seen first",
            description = "unattached=true: only those not yet part of an incident. sort: lastSeenAt, firstSeenAt, '-' for descending.")
    public Page<SignalView> listSignals(@QueryParam("unit") String unit, @QueryParam("unattached") Boolean unattached,
                                 @Valid @BeanParam PageRequest paging) {
        return queries.signals(unit, unattached, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A signal")
    public SignalView getSignal(@PathParam("id") UUID id) {
        return queries.signal(id);
    }

    /** The edge's reading of a form, shared with the topic's listener. */
    static final class Forms {
        static SignalIntake.Incoming of(SignalForm f) {
            return new SignalIntake.Incoming(f.unit(), f.source(), f.url(), f.title(), f.text(), f.authorHandle(),
                    f.seenAt(), n(f.reads()), n(f.reposts()), n(f.comments()), f.place(), f.kind());
        }

        private static long n(Long v) {
            return v == null ? 0 : v;
        }
    }
}
