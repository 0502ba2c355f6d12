package org.govopen.sentiment.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.govopen.sentiment.domain.IncidentLevel;

/**
 * Checks the window settings when the service starts: a length of zero or a warning point outside (0, 1) stops the
 * start with the setting's problem, instead of failing every incident later.
 */
@ApplicationScoped
class WindowSettings {

    void check(@Observes StartupEvent start, SentimentConfig config) {
        for (IncidentLevel level : IncidentLevel.values()) {
            check(config, "", level);
            for (String unit : config.windows().units().keySet()) {
                check(config, unit, level);
            }
        }
    }

    private static void check(SentimentConfig config, String unit, IncidentLevel level) {
        try {
            config.hours(unit, level);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("govopen.sentiment.windows: " + (unit.isEmpty() ? "" : "unit " + unit + ", ")
                    + "level " + level + ": " + e.getMessage(), e);
        }
    }
}
