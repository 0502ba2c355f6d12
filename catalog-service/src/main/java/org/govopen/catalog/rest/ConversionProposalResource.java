package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.ProposalDecisionForm;
import org.govopen.catalog.api.ProposalView;
import org.govopen.catalog.domain.ConversionProposal;
import org.govopen.catalog.service.DemandService;
import org.govopen.catalog.service.DocumentQueries;
import org.govopen.commons.problem.Params;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** Demand per requested document and the proposals to convert much-requested documents to 主动公开. */
@Path("/api/v1/conversion-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class ConversionProposalResource {

    @Inject
    DemandService demand;

    @Inject
    DocumentQueries queries;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Requested documents of a unit and below with their application counts; proposal=PROPOSED for open proposals")
    public List<ProposalView> listConversionProposals(@QueryParam("unit") String unit, @QueryParam("proposal") String proposal) {
        ConversionProposal p = Params.optionalEnum(ConversionProposal.class, "proposal", proposal);
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        return queries.proposals(scope, p);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Accept: the registered document becomes 主动公开 (announced as attribute-changed)")
    public ProposalView accept(@PathParam("id") UUID id, @Valid ProposalDecisionForm body) {
        requireCovered(id);
        return ProposalView.of(demand.accept(id, user.name(), body == null ? null : body.reason()));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Decline, with the reason")
    public ProposalView decline(@PathParam("id") UUID id, @Valid ProposalDecisionForm body) {
        requireCovered(id);
        return ProposalView.of(demand.decline(id, user.name(), body == null ? null : body.reason()));
    }

    private void requireCovered(UUID id) {
        user.requireCovers(demand.require(id).unit);
    }
}
