package org.govopen.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.RecheckCycle;
import org.govopen.catalog.domain.UnitKind;

/** What an administrator sends to build the unit tree and set a unit's rules. */
public final class UnitForms {

    private UnitForms() {
    }

    @Schema(description = "A new unit; its parent is the path without the last segment and must exist")
    public record NewUnitForm(
            @Schema(example = "nanning/qingxiu/xinzhu") @NotBlank @Size(max = 240) String path,
            @Schema(example = "新竹街道办事处") @NotBlank @Size(max = 100) String name,
            @NotNull UnitKind kind,
            @Schema(description = "departments only: the domains whose catalogues they review") List<@NotBlank String> reviewDomains) {
    }

    public record UnitChangeForm(
            @NotBlank @Size(max = 100) String name,
            List<@NotBlank String> reviewDomains) {
    }

    @Schema(description = "The unit's settings for the configurable rules of rules.md §2")
    public record UnitSettingsForm(
            @NotNull RecheckCycle recheckCycle,
            @Schema(description = "working days the reviewing department has") @NotNull @Min(1) @Max(60) Integer reviewWorkingDays,
            @Schema(description = "a fixed day of the unit's timeline by which reviews are done (optional)") LocalDate reviewBy,
            @Schema(description = "distinct applicants for one document that propose 主动公开") @NotNull @Min(1) @Max(1000) Integer conversionApplicants,
            @Schema(description = "applications for one document that propose 主动公开") @NotNull @Min(1) @Max(10000) Integer conversionApplications) {
    }
}
