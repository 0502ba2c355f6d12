package org.govopen.catalog.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.govopen.catalog.domain.RecheckCycle;

/** Defaults a new unit starts with; an administrator changes them per unit (rules.md §2, *configurable*). */
@ConfigMapping(prefix = "govopen.catalog")
public interface CatalogConfig {

    /** How often documents not proactively disclosed are re-checked (seed 000: every two years). */
    @WithDefault("EVERY_TWO_YEARS")
    RecheckCycle recheckCycle();

    /** Working days a reviewing department has for a submitted entry. */
    @WithDefault("10")
    int reviewWorkingDays();

    /** Distinct applicants for one document that propose converting it to 主动公开. */
    @WithDefault("3")
    int conversionApplicants();

    /** Applications for one document that propose converting it to 主动公开. */
    @WithDefault("5")
    int conversionApplications();

    /** Calendar days before a re-check is due that its warning is raised. */
    @WithDefault("30")
    int recheckWarningDays();
}
