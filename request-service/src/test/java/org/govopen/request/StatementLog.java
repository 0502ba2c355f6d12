package org.govopen.request;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate prepares (entity writes, queries, native SQL), grouped by the transaction that
 * issued it, while a test records: the statements of one registration can be counted and listed exactly, whatever
 * the relay and the sweeper do meanwhile in transactions of their own.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

    private static volatile Map<Object, List<String>> recording;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        Map<Object, List<String>> r = recording;
        if (r != null) {
            Object tx = transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION ? "none"
                    : transactions.getTransactionKey();
            synchronized (r) {
                r.computeIfAbsent(tx, k -> new ArrayList<>()).add(sql.replaceAll("\\s+", " ").trim());
            }
        }
        return sql;
    }

    /** Starts recording afresh. */
    public static void start() {
        recording = new LinkedHashMap<>();
    }

    public static void stop() {
        recording = null;
    }

    /** The statements of each recorded transaction (in the order the transactions began) that has one matching. */
    public static List<List<String>> transactionsWith(Predicate<String> statement) {
        Map<Object, List<String>> r = recording;
        if (r == null) {
            throw new IllegalStateException("not recording");
        }
        synchronized (r) {
            return r.values().stream().filter(l -> l.stream().anyMatch(statement)).map(List::copyOf).toList();
        }
    }
}
