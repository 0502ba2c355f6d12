package org.govopen.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are an outage (503 with Retry-After) and which are not, however they are wrapped — the
 * cases the tests against PostgreSQL cannot provoke at will (the server away, the pool exhausted).
 */
class OutageMappingTest {

    private final ProblemMappers mappers = new ProblemMappers();

    private void assertUnavailable(Throwable e) {
        Response r = mappers.unexpected(e, null);
        assertEquals(503, r.getStatus(), String.valueOf(e));
        assertEquals("5", r.getHeaderString("Retry-After"));
        Problem p = (Problem) r.getEntity();
        assertEquals("urn:govopen:problem:unavailable", p.type());
        assertEquals(true, p.extensions().get("retryable"));
    }

    private static SQLException state(String sqlState) {
        return new SQLException("from PostgreSQL", sqlState);
    }

    @Test
    void connectionFailuresAreUnavailable() {
        assertUnavailable(state("08001")); // connection refused: the server is away
        assertUnavailable(state("08006")); // connection failure: the socket broke
        assertUnavailable(state("57P01")); // admin shutdown / pg_terminate_backend
        assertUnavailable(state("57P02")); // crash shutdown
        assertUnavailable(state("57P03")); // cannot connect now: starting up
        assertUnavailable(state("53300")); // too many connections
        assertUnavailable(new SQLException("Sorry, acquisition timeout!")); // Agroal: no connection in time
        assertUnavailable(new SQLTransientConnectionException("gone"));
        assertUnavailable(new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void wrappedFailuresAreFoundWhereverTheyAre() {
        assertUnavailable(new PersistenceException("could not execute", new RuntimeException(state("08006"))));
        RuntimeException commit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(state("57P01"));
        assertUnavailable(commit);
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(state("08006"));
        assertUnavailable(batch);
    }

    @Test
    void aCancelledStatementIsUnavailableWithItsOwnDetail() {
        assertUnavailable(state("57014"));
        Problem p = (Problem) mappers.unexpected(new PersistenceException(state("57014")), null).getEntity();
        assertEquals(ProblemMappers.Outage.STATEMENT_TIMEOUT.detail, p.detail());
    }

    @Test
    void otherDatabaseRefusalsAreNot() {
        assertEquals(409, mappers.unexpected(state("23505"), null).getStatus());
        assertEquals(409, mappers.unexpected(state("40P01"), null).getStatus());
        assertEquals(400, mappers.unexpected(state("22021"), null).getStatus());
        assertEquals(500, mappers.unexpected(state("42P01"), null).getStatus());
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug"), null).getStatus());
        assertNull(ProblemMappers.outageOf(new SQLException("no state")));
    }
}
