package org.govopen.request.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record LaterReplyDateForm(@NotNull LocalDate replyBy, @NotBlank @Size(max = 2000) String reason) {
}
