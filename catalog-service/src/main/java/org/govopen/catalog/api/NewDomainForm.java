package org.govopen.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An other domain (其他领域) a unit adds for itself and the units below it. */
public record NewDomainForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "须为小写字母、数字或“-”") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 240) String unit) {
}
