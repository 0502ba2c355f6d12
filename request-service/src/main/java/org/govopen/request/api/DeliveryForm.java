package org.govopen.request.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.DeliveryMethod;

public record DeliveryForm(@NotNull DeliveryMethod method, @NotAfterToday OffsetDateTime deliveredAt,
                             @Size(max = 1000) String proof) {
}
