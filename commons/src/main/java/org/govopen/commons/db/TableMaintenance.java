package org.govopen.commons.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the service's tables analyzed and vacuumed when PostgreSQL's autovacuum is off — as on the development
 * machine this product is built on, and on any server whose administrator turned it off without a replacement.
 * Without it a table that grew by a bulk load (100,000 applications) has no statistics, the planner guesses, and a
 * list that takes 30 ms takes seconds; an insert-only table is never vacuumed, so counts cannot use index-only
 * scans, and updated rows are never reclaimed.
 * <p>
 * Every {@code govopen.db.maintenance.every} (1 minute) one replica (an advisory lock) looks at
 * {@code pg_stat_user_tables} of its database and, with autovacuum's own default thresholds, runs
 * {@code VACUUM (ANALYZE)} on a table with more than 50 + 20 % dead rows or 1,000 + 20 % rows inserted since its
 * last vacuum, and {@code ANALYZE} on one with more than 50 + 10 % rows changed since its last analyze. When
 * autovacuum is on it does nothing: PostgreSQL does this better. Written here because neither Quarkus nor the JDBC
 * driver offers it; pg_cron would need a server extension this product cannot assume.
 */
@ApplicationScoped
public class TableMaintenance {

    private static final Logger LOG = Logger.getLogger(TableMaintenance.class);
    /** Any constant shared by the replicas of one service (each service has its own database). */
    private static final long LOCK = 0x476f764d61696eL; // "GovMain"

    /** A table and what it needs. */
    public record Task(String table, boolean vacuum) {
        String sql() {
            return (vacuum ? "vacuum (analyze) " : "analyze ") + quoted(table);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "govopen.db.maintenance.timeout", defaultValue = "10min")
    String timeout;

    private volatile boolean warned;

    @Scheduled(every = "${govopen.db.maintenance.every}", delayed = "${govopen.db.maintenance.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "govopen-table-maintenance")
    void scheduled() {
        try {
            run();
        } catch (SQLException e) {
            LOG.warnf("Table maintenance skipped: %s", e.getMessage());
        }
    }

    /** One round; answers what it did (empty when autovacuum is on, or another replica is at it). */
    public List<Task> run() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!autovacuumOff(st)) {
                return List.of();
            }
            if (!warned) {
                warned = true;
                LOG.warn("PostgreSQL autovacuum is off: this service analyzes and vacuums its own tables (TableMaintenance)");
            }
            List<Task> tasks = due(c);
            if (tasks.isEmpty()) {
                return tasks;
            }
            boolean autoCommit = c.getAutoCommit();
            String before = show(st);
            try {
                c.setAutoCommit(true); // VACUUM cannot run inside a transaction block
                if (!tryLock(st)) {
                    return List.of();
                }
                try {
                    st.execute("set statement_timeout = '" + timeout.replace("'", "") + "'");
                    List<Task> done = new ArrayList<>();
                    for (Task t : tasks) {
                        long started = System.nanoTime();
                        st.execute(t.sql());
                        done.add(t);
                        LOG.infof("%s in %d ms", t.sql(), (System.nanoTime() - started) / 1_000_000);
                    }
                    return done;
                } finally {
                    st.execute("select pg_advisory_unlock(" + LOCK + ")");
                }
            } finally {
                st.execute("set statement_timeout = '" + before.replace("'", "") + "'");
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** The tables of the current database over autovacuum's default thresholds, largest first. */
    List<Task> due(Connection c) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select s.schemaname || '.' || s.relname,
                       s.n_dead_tup > 50 + 0.2 * greatest(cl.reltuples, 0)
                         or s.n_ins_since_vacuum > 1000 + 0.2 * greatest(cl.reltuples, 0) as vacuum,
                       s.n_mod_since_analyze > 50 + 0.1 * greatest(cl.reltuples, 0) as analyze
                from pg_stat_user_tables s join pg_class cl on cl.oid = s.relid
                where s.schemaname not in ('pg_catalog', 'information_schema')
                order by pg_relation_size(s.relid) desc""")) {
            while (rs.next()) {
                boolean vacuum = rs.getBoolean(2);
                if (vacuum || rs.getBoolean(3)) {
                    tasks.add(new Task(rs.getString(1), vacuum));
                }
            }
        }
        return tasks;
    }

    private static boolean autovacuumOff(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select current_setting('autovacuum') = 'off'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static boolean tryLock(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String show(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("show statement_timeout")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quoted(String qualified) {
        int dot = qualified.indexOf('.');
        return ident(qualified.substring(0, dot)) + "." + ident(qualified.substring(dot + 1));
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
