package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.ItemPublicationForm;
import org.govopen.catalog.api.ItemView;
import org.govopen.catalog.service.ItemService;
import org.govopen.catalog.service.StaffAccess;
import org.govopen.commons.security.Roles;

/** Information formed earlier and published now. */
@Path("/api/v1/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue entries")
public class ItemResource {

    @Inject
    ItemService items;

    @Inject
    StaffAccess access;

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Publish information that was still due (today unless publishedOn is given)",
            description = "Closes its publication deadline and records whether it was late against the 20 working days.")
    public ItemView publishItem(@PathParam("id") UUID id, ItemPublicationForm body) {
        access.requireCompiler(items.require(id).unit);
        return ItemView.of(items.publish(id, body == null ? null : body.publishedOn()));
    }
}
