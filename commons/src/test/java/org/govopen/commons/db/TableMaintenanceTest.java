package org.govopen.commons.db;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a table that grew by a bulk load gets statistics without anyone running ANALYZE — on a PostgreSQL whose
 * autovacuum is off the service vacuums and analyzes it itself; with autovacuum on it leaves it to PostgreSQL.
 */
@QuarkusTest
@GovOpenTest
class TableMaintenanceTest {

    @Inject
    TableMaintenance maintenance;

    @Inject
    EntityManager em;

    @Test
    void aTableThatGrewByTwoThousandRowsIsVacuumedAndAnalyzed_whenAutovacuumIsOff() throws Exception {
        boolean autovacuumOff = "off".equals(sql("select current_setting('autovacuum')"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into test_note (id, text) select gen_random_uuid(), 'bulk ' || g from generate_series(1, 2000) g""")
                .executeUpdate());
        if (!autovacuumOff) {
            assertEquals(List.of(), maintenance.run(), "autovacuum is on: PostgreSQL maintains the tables");
            return;
        }
        // the inserting backend reports its counts to pg_stat within a second or so
        await().atMost(Duration.ofSeconds(15)).until(() -> ((Number) sqlObject(
                "select n_ins_since_vacuum from pg_stat_user_tables where relname = 'test_note'")).longValue() >= 2000);
        List<TableMaintenance.Task> done = maintenance.run();
        assertTrue(done.contains(new TableMaintenance.Task("public.test_note", true)), done.toString());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertNotNull(sqlObject("select last_vacuum from pg_stat_user_tables where relname = 'test_note'"));
            assertNotNull(sqlObject("select last_analyze from pg_stat_user_tables where relname = 'test_note'"));
        });
        // the next round finds nothing more to do for it
        assertTrue(maintenance.run().stream().noneMatch(t -> t.table().equals("public.test_note")));
    }

    private String sql(String query) {
        return String.valueOf(sqlObject(query));
    }

    private Object sqlObject(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getSingleResult());
    }
}
