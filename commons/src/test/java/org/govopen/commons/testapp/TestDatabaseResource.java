package org.govopen.commons.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What a request does with its database connection, for the outage and statement-timeout tests. */
@Path("/test/db")
@Produces(MediaType.TEXT_PLAIN)
@PermitAll
public class TestDatabaseResource {

    @Inject
    EntityManager em;

    @GET
    @Path("/ping")
    @Transactional
    public String ping() {
        return String.valueOf(em.createNativeQuery("select count(*) from test_note").getSingleResult());
    }

    /** The statement timeout of the connection this request got. */
    @GET
    @Path("/statement-timeout")
    @Transactional
    public String statementTimeout() {
        return (String) em.createNativeQuery("show statement_timeout").getSingleResult();
    }

    @GET
    @Path("/sleep")
    @Transactional
    public String sleep(@QueryParam("seconds") double seconds) {
        em.createNativeQuery("select pg_sleep(:s)").setParameter("s", seconds).getResultList();
        return "slept";
    }

    /** The server ends this request's session under it (57P01), as a PostgreSQL restart or an operator would. */
    @POST
    @Path("/terminate-own-session")
    @Transactional
    public String terminateOwnSession() {
        em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getResultList();
        return "survived";
    }
}
