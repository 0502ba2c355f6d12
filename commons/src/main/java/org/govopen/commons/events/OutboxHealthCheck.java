package org.govopen.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The outbox relay is alive (its thread runs) and how many events wait for the broker. A waiting backlog
 * alone does not make the service unhealthy: with Kafka away, state changes are still accepted and kept.
 */
@Liveness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Inject
    TopicProvisioner topics;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox-relay")
                .status(relay.alive())
                .withData("backlog", relay.backlog())
                .withData("topicsReady", topics.ready())
                .build();
    }
}
