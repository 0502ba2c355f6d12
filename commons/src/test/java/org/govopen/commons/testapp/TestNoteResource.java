package org.govopen.commons.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.problem.IllegalTransitionException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

@Path("/test/notes")
@Produces(MediaType.APPLICATION_JSON)
public class TestNoteResource {

    public record NewNote(@NotBlank @Size(max = 20) String text, List<@NotBlank String> tags) {
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @POST
    @PermitAll
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> create(@Valid NewNote body) {
        TestNote note = new TestNote();
        note.id = UUID.randomUUID();
        note.text = body.text();
        note.persist();
        outbox.write(Topics.CATALOG_EVENTS, "govopen.test.note.created", note.id.toString(), Map.of("text", note.text));
        return Map.of("id", note.id);
    }

    /** Stores a second note under an id already taken, as a request that crossed another would. */
    @POST
    @Path("/{id}/copy")
    @PermitAll
    @Transactional
    public void copy(@PathParam("id") UUID id) {
        em.createNativeQuery("insert into test_note (id, text) select id, text from test_note where id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public TestNote get(@PathParam("id") UUID id) {
        TestNote note = TestNote.findById(id);
        if (note == null) {
            throw new ResourceNotFoundException("测试记录", id);
        }
        return note;
    }

    @GET
    @Path("/{id}/applied")
    @PermitAll
    public long applied(@PathParam("id") UUID id) {
        return ((Number) em.createNativeQuery("select count(*) from test_note_applied where note_id = :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.ADMIN)
    public void archive(@PathParam("id") UUID id) {
        user.requireCovers("nanning/qingxiu");
        throw new IllegalTransitionException("ARCHIVED", "已归档", "归档", List.of());
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
