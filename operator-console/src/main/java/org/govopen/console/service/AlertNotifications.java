package org.govopen.console.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every open page that alert groups changed, whichever replica changed them: a change is announced with
 * PostgreSQL's {@code NOTIFY} in the transaction that made it (delivered on commit, never for a rollback), and each
 * replica {@code LISTEN}s on a connection of its own and passes the news to its pages' event streams. News is
 * coalesced to one message per {@link #COALESCE}, so a burst of alerts refreshes a page a few times, not a thousand.
 */
@ApplicationScoped
public class AlertNotifications {

    static final String CHANNEL = "govopen_console_alerts";
    static final Duration COALESCE = Duration.ofMillis(150);
    private static final Logger LOG = Logger.getLogger(AlertNotifications.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    java.util.Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    private final BroadcastProcessor<String> news = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread listener;

    /** Announces, on commit of the current transaction, that these groups changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Collection<java.util.UUID> groups) {
        if (groups.isEmpty()) {
            return;
        }
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", String.valueOf(groups.size()))
                .getSingleResult();
    }

    /** The news for a page's event stream: one {@code changed} per burst of changes. */
    public Multi<String> news() {
        return news;
    }

    void start(@Observes StartupEvent e) {
        running = true;
        listener = new Thread(this::listen, "alert-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent e) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
        news.onComplete();
    }

    private void listen() {
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user.orElse(null), password.orElse("")); Statement st = c.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                LOG.debug("listening for alert changes");
                while (running) {
                    PGNotification[] got = pg.getNotifications(1_000);
                    if (got != null && got.length > 0) {
                        news.onNext("changed");
                        Thread.sleep(COALESCE.toMillis()); // what comes meanwhile is one message
                        PGNotification[] more = pg.getNotifications(1);
                        if (more != null && more.length > 0) {
                            news.onNext("changed");
                        }
                    }
                }
            } catch (SQLException ex) {
                if (running) {
                    LOG.warnf("lost the database connection for live updates (%s); reconnecting", ex.toString());
                    sleep();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
