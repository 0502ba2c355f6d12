package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.EntryForm;
import org.govopen.catalog.api.EntryView;
import org.govopen.catalog.api.ItemForm;
import org.govopen.catalog.api.ItemView;
import org.govopen.catalog.api.ReturnCommentsForm;
import org.govopen.catalog.api.ReviewNoteForm;
import org.govopen.catalog.api.TransitionView;
import org.govopen.catalog.api.VersionView;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.EntryState;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.service.EntryQueries;
import org.govopen.catalog.service.EntryService;
import org.govopen.catalog.service.ItemService;
import org.govopen.catalog.service.StaffAccess;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.Roles;

/** Catalogue entries (公开事项) through compile → submit → review → publish, and what is published under them. */
@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue entries", description = "公开事项标准目录：编制、报审、审核、发布、动态调整，及按目录公开的信息")
public class EntryResource {

    @Inject
    EntryService entries;

    @Inject
    ItemService items;

    @Inject
    EntryQueries queries;

    @Inject
    StaffAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Compile an entry (编制) as a draft of the unit's catalogue",
            description = "Every element of rules.md §2 is required; each missing or invalid one is named in the 400.")
    @APIResponse(responseCode = "201", description = "created as DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    public Response createEntry(@Valid EntryForm form) {
        access.requireCompiler(form.unit());
        CatalogEntry e = entries.create(form, access.name());
        return Response.created(URI.create("/api/v1/entries/" + e.id)).entity(queries.view(e)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Entries of a unit and those below it (the caller's unit by default)",
            description = "sort: unit (default: by unit, domain, first-level item and name).")
    public Page<EntryView> listEntries(@QueryParam("unit") String unit, @QueryParam("domain") String domain,
                                @QueryParam("state") String stateName,
                                @Valid @BeanParam PageRequest paging) {
        EntryState state = Params.optionalEnum(EntryState.class, "state", stateName);
        String scope = unit == null ? access.user().requireUnit() : unit;
        access.user().requireCovers(scope);
        return queries.list(new EntryQueries.ListFilter(scope, domain, state), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "An entry's working copy, its state, the actions allowed next, and what changed since it was published")
    public EntryView getEntry(@PathParam("id") UUID id) {
        CatalogEntry e = entries.require(id);
        access.requireReader(e);
        return queries.view(e);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Change the working copy",
            description = "A draft or returned entry is edited in place. A published entry gets a new draft "
                    + "(动态调整) that goes through review again; its published version stays public meanwhile.")
    public EntryView edit(@PathParam("id") UUID id, @Valid EntryForm form) {
        access.requireCompiler(entries.require(id).unit);
        return queries.view(entries.edit(id, form, access.name()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Submit to the competent department for review (报送审核)",
            description = "Opens the review deadline: the unit's review working days, or the fixed review day of its timeline.")
    public EntryView submit(@PathParam("id") UUID id) {
        access.requireCompiler(entries.require(id).unit);
        return queries.view(entries.submit(id, access.name()));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Approve (审核通过): a reviewer of the department competent for the entry's domain")
    public EntryView approve(@PathParam("id") UUID id, @Valid ReviewNoteForm note) {
        access.requireReviewer(entries.require(id));
        return queries.view(entries.approve(id, access.name(), note == null ? null : note.comment()));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Return with comments (退回修改)")
    public EntryView returnEntry(@PathParam("id") UUID id, @Valid ReturnCommentsForm body) {
        if (body == null) {
            throw new InvalidInputException("comments", "退回须写明审核意见");
        }
        access.requireReviewer(entries.require(id));
        return queries.view(entries.returnWithComments(id, access.name(), body.comments()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Publish the approved entry as its next version (the disclosure office)",
            description = "Announced as govopen.catalog.entry.published (first version) or entry.changed.")
    public VersionView publishEntry(@PathParam("id") UUID id) {
        access.requirePublisher(entries.require(id).unit);
        return VersionView.of(entries.publish(id, access.name()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every step of the entry: who, when, from, to, note")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        access.requireReader(entries.require(id));
        return queries.history(id);
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Attach information to a published entry (按目录公开)",
            description = "Due within 20 working days of formedOn. With publishedOn it is published now (and marked "
                    + "late if past due); without, a publication deadline warns before and raises a breach on "
                    + "govopen.alerts. Personal data in title and body is masked before it is stored.")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemView.class)))
    public Response addItem(@PathParam("id") UUID id, @Valid ItemForm form) {
        access.requireCompiler(entries.require(id).unit);
        InformationItem i = items.add(id, form, access.name());
        return Response.created(URI.create("/api/v1/items/" + i.id)).entity(ItemView.of(i)).build();
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "All information under the entry, published or still due")
    public List<ItemView> items(@PathParam("id") UUID id) {
        access.requireReader(entries.require(id));
        return queries.items(id);
    }
}
