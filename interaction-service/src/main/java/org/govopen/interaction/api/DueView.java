package org.govopen.interaction.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When the reply is due, and why then. */
@Schema(name = "ReplyDue")
public record DueView(
        @Schema(description = "the last day of the period") LocalDate dueDate,
        @Schema(description = "the end of that day, Beijing time") OffsetDateTime dueAt,
        int workingDays,
        @Schema(description = "the day the period counts from (receipt; a hotline ticket: its transfer)") LocalDate countedFrom,
        @Schema(examples = "自 2026-09-30 起 5 个工作日（跨国庆节假期，10 月 11 日调休上班）") String explanation) {
}
