package org.govopen.console.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.DeadLetters;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.Patience;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.console.service.AlertIntake;
import org.govopen.console.service.ReceivedAlert;
import org.jboss.logging.Logger;

/**
 * Transport for {@code govopen.alerts}: every service's alerts, in batches (a city's morning brings thousands at
 * once). Every record of a batch is read first ({@link AlertReader}); what cannot be read goes to the dead-letter
 * topic on its own. The batch is then taken in by {@link AlertIntake#receiveAll} in one transaction — each alert once
 * by its id, whatever the delivery — waiting out a database outage for up to {@link #PATIENCE}; if the batch fails
 * for another reason, its alerts are taken in one by one and the one at fault is parked. The console's own
 * reminders, which it writes to the same topic for the gateways, are passed by.
 */
@ApplicationScoped
public class AlertsListener {

    private static final Logger LOG = Logger.getLogger(AlertsListener.class);

    /** How long a batch waits for the database to come back before it is left to the failure strategy. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    @Inject
    AlertIntake intake;

    @Inject
    DeadLetters deadLetters;

    @Incoming("alerts")
    @Blocking(value = "alert-intake", ordered = false)
    public void on(ConsumerRecords<String, String> records) {
        List<ReceivedAlert> alerts = new ArrayList<>();
        Map<ReceivedAlert, ConsumerRecord<String, String>> recordOf = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                InboundEvent event = InboundEvent.of(record);
                if (!AlertReader.takes(event.type())) {
                    continue;
                }
                ReceivedAlert alert = AlertReader.read(event);
                alerts.add(alert);
                recordOf.put(alert, record);
            } catch (PoisonEventException e) {
                deadLetters.park(record, e);
            }
        }
        if (alerts.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try {
            Patience.run(PATIENCE, "the alerts", () -> intake.receiveAll(alerts));
            LOG.debugf("%d alerts of %d records taken in in %d ms", alerts.size(), records.count(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            if (Patience.transientFailure(e)) {
                throw e;
            }
            LOG.warnf("a batch of %d alerts failed (%s); taking them in one by one", alerts.size(), e.toString());
            for (ReceivedAlert alert : alerts) {
                try {
                    Patience.run(PATIENCE, "an alert", () -> intake.receiveAll(List.of(alert)));
                } catch (RuntimeException one) {
                    if (Patience.transientFailure(one)) {
                        throw one;
                    }
                    deadLetters.park(recordOf.get(alert), one);
                }
            }
        }
    }
}
