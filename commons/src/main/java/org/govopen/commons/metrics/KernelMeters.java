package org.govopen.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The kernel's meters ({@code govopen.*}) leave the registry when the application stops. The registry Quarkus injects
 * outlives an application in the same JVM (tests starting one application per class, dev-mode restarts), and a gauge
 * registered again under the same name is not replaced: the next application's {@code govopen_outbox_backlog} would
 * go on reporting the stopped relay's count (OutboxResilienceTest failed whenever another test class ran first).
 */
@ApplicationScoped
public class KernelMeters {

    @Inject
    MeterRegistry registry;

    void onStop(@Observes ShutdownEvent event) {
        List<Meter> kernel = registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("govopen.")).toList();
        kernel.forEach(registry::remove);
    }
}
