package org.govopen.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.govopen.console.domain.AlertGroup;

/**
 * Where an alert group's case is in its service's API ({@code govopen.console.service-urls.<service>} + the path of
 * the case's kind), for the detail view's link. A kind of case the console does not know has no link.
 */
@ApplicationScoped
public class CaseLinks {

    private static final Map<String, String> PATHS = Map.of(
            "request/application", "/api/v1/applications/",
            "interaction/message", "/api/v1/messages/",
            "sentiment/incident", "/api/v1/incidents/",
            "sentiment/handoff-order", "/api/v1/orders/",
            "sentiment/signal", "/api/v1/signals/",
            "catalog/entry", "/api/v1/entries/");

    public String of(AlertGroup g) {
        String path = PATHS.get(g.service + "/" + g.aggregateType);
        if (path == null) {
            return null;
        }
        Optional<String> base = ConfigProvider.getConfig().getOptionalValue("govopen.console.service-urls." + g.service, String.class);
        return base.map(b -> b.replaceAll("/+$", "") + path + java.net.URLEncoder.encode(g.aggregateId,
                java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }
}
