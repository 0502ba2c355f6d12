package org.govopen.sentiment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.commons.security.UnitScope;
import org.govopen.sentiment.domain.EscalationStep;
import org.govopen.sentiment.service.EscalationPolicies;

/** A unit's escalation chain (升级链). Incidents copy it when they open; changing it leaves open incidents as they are. */
@Path("/api/v1/escalation-policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation policies", description = "舆情升级链：责任单位 → 政务公开办公室 → 上级政府")
public class EscalationPolicyResource {

    @Schema(name = "EscalationPolicy")
    public record PolicyView(String unit, List<EscalationStep> steps) {
    }

    @Schema(name = "EscalationPolicyForm")
    public record PolicyForm(@NotEmpty @Size(max = 10) List<@NotNull EscalationStep> steps) {
    }

    @Inject
    EscalationPolicies policies;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{unit: .+}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The chain incidents of this unit get when they open (its own, the nearest unit above's, or the shipped one)",
            description = "For my unit and the units below it.")
    public PolicyView getEscalationPolicy(@PathParam("unit") String unit) {
        requireUnit(unit);
        user.requireCovers(unit);
        return new PolicyView(unit, policies.chainFor(unit));
    }

    @PUT
    @Path("/{unit: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Set the unit's chain", description = "Applies to incidents opened from now on; open incidents keep theirs.")
    @APIResponse(responseCode = "200", description = "set")
    public PolicyView set(@PathParam("unit") String unit, @Valid @NotNull PolicyForm form) {
        requireUnit(unit);
        user.requireCovers(unit);
        return new PolicyView(unit, policies.set(unit, form.steps(), user.name()));
    }

    private static void requireUnit(String unit) {
        if (!UnitScope.isWellFormed(unit)) {
            throw new InvalidInputException("unit", "须为单位路径，如 nanning/qingxiu");
        }
    }
}
