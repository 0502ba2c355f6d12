package org.govopen.commons.db;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Every connection of a service cancels a statement after {@code govopen.db.statement-timeout} (the kernel's
 * {@code quarkus.datasource.jdbc.new-connection-sql}); Flyway migrations borrow the same connections, and a migration
 * may rightly take longer (an index on a large table, a backfill). So each migration runs without the timeout:
 * <ul>
 *   <li>in a transaction (the usual case on PostgreSQL): {@code SET LOCAL statement_timeout = 0} first — it ends with
 *       the migration's transaction, and the connection returns to the pool with the service's timeout;</li>
 *   <li>outside one ({@code CREATE INDEX CONCURRENTLY} and the like): {@code SET statement_timeout = 0} before and the
 *       service's timeout set again after it, failed or not.</li>
 * </ul>
 */
@Singleton
public class MigrationsWithoutStatementTimeout implements FlywayConfigurationCustomizer {

    @ConfigProperty(name = "govopen.db.statement-timeout", defaultValue = "0")
    String statementTimeout;

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] existing = configuration.getCallbacks();
        Callback[] callbacks = existing == null ? new Callback[1] : Arrays.copyOf(existing, existing.length + 1);
        callbacks[callbacks.length - 1] = new NoTimeoutInMigrations(statementTimeout);
        configuration.callbacks(callbacks);
    }

    record NoTimeoutInMigrations(String serviceTimeout) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
                    || event == Event.AFTER_EACH_MIGRATE_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection connection = context.getConnection();
            try {
                boolean inTransaction = !connection.getAutoCommit();
                String sql;
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    sql = inTransaction ? "set local statement_timeout = 0" : "set statement_timeout = 0";
                } else if (!inTransaction) {
                    sql = "set statement_timeout = '" + serviceTimeout.replace("'", "''") + "'";
                } else {
                    return; // SET LOCAL ends with the transaction
                }
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new FlywayException("cannot switch the statement timeout around a migration (" + event + ")", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "govopen-no-statement-timeout-in-migrations";
        }
    }
}
