package org.govopen.commons.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates GovOpen's topics when they are missing — the calendar topic compacted — and keeps trying in the
 * background while the broker is away, so a service starts without Kafka and catches up when it comes.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    KafkaConfig kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "govopen.service-name")
    String serviceName;

    private volatile boolean ready;
    private volatile boolean stopping;
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        if (!kafka.createTopics()) {
            ready = true;
            return;
        }
        worker = new Thread(this::provisionUntilDone, "govopen-topic-provisioner");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** True once every topic exists (or creation is someone else's job). */
    public boolean ready() {
        return ready;
    }

    /**
     * The topics of the list with their partitions and settings; {@code govopen.kafka.partitions} overrides the listed
     * count of every multi-partition topic (a single-partition topic stays single: its order is its meaning).
     */
    List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        for (Topics.Topic t : Topics.of(serviceName)) {
            int partitions = t.partitions() == 1 ? 1 : kafka.partitions().orElse(t.partitions());
            Map<String, String> configs = new java.util.HashMap<>();
            configs.put("cleanup.policy", t.cleanupPolicy());
            t.retentionMs().ifPresent(ms -> configs.put("retention.ms", Long.toString(ms)));
            topics.add(new NewTopic(kafka.physical(t.name()), partitions, kafka.replicationFactor()).configs(configs));
        }
        return topics;
    }

    private void provisionUntilDone() {
        long delayMs = 500;
        while (!stopping && !ready) {
            try {
                provision();
                ready = true;
                LOG.infof("Kafka topics ready (prefix '%s')", kafka.topicPrefix().orElse(""));
            } catch (Exception e) {
                LOG.warnf("Kafka topics not created yet (%s); retrying in %d ms", e.getMessage(), delayMs);
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException ie) {
                    return;
                }
                delayMs = Math.min(delayMs * 2, 10_000);
            }
        }
    }

    private void provision() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted().stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        }
    }
}
