package org.govopen.commons.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.validation.NotAfterToday;

/** Bodies and parameters of every kind the kernel's input rules apply to; what is accepted is stored or echoed. */
@Path("/test/input")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TestInputResource {

    public enum Kind { PLAIN, URGENT }

    public record Nested(String name, List<String> aliases) {
    }

    /** Every field optional: a test sends only the one it is about. */
    public record Everything(String text, List<String> tags, String[] codes, Map<String, String> labels,
                             Map<String, Object> extra, Nested nested, List<Nested> parts, Kind kind, Integer count,
                             int pages, Long big, Double share, Boolean flag, LocalDate on, OffsetDateTime at,
                             List<LocalDate> days, @org.govopen.commons.validation.HistoricalDate LocalDate formedOn) {
    }

    public record Happened(@NotAfterToday LocalDate happenedOn, @NotAfterToday OffsetDateTime happenedAt,
                           List<@NotAfterToday LocalDate> days) {
    }

    @Inject
    EntityManager em;

    /** Stores {@code text} (PostgreSQL refuses U+0000 with a 500) and echoes the rest. */
    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Everything accept(Everything body) {
        if (body.text() != null) {
            TestNote note = new TestNote();
            note.id = UUID.randomUUID();
            note.text = body.text();
            note.persist();
            em.flush();
        }
        return body;
    }

    @POST
    @Path("/happened")
    @Consumes(MediaType.APPLICATION_JSON)
    public Happened happened(@Valid Happened body) {
        return body;
    }

    /** Parameters reach the database as a service's list filters do. */
    @GET
    @Path("/search/{segment}")
    public Map<String, Object> search(@PathParam("segment") String segment, @QueryParam("q") String q,
                                      @QueryParam("tag") List<String> tags, @HeaderParam("X-Note-Tag") String header,
                                      @QueryParam("day") LocalDate day) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> values = new java.util.ArrayList<>(tags);
        values.add(segment);
        if (q != null) {
            values.add(q);
        }
        if (header != null) {
            values.add(header);
        }
        for (String v : values) {
            em.createNativeQuery("select count(*) from test_note where text = :v").setParameter("v", v).getSingleResult();
        }
        out.put("segment", segment);
        out.put("q", q);
        out.put("tags", tags);
        out.put("header", header);
        out.put("day", day == null ? null : day.toString());
        return out;
    }
}
