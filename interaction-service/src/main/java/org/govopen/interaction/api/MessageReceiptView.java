package org.govopen.interaction.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.interaction.domain.MessageState;

/** What the writer gets on sending a message: the number, how to follow it, when the reply is due. */
@Schema(name = "MessageReceipt")
public record MessageReceiptView(
        UUID id,
        @Schema(examples = "LY2026-000123") String number,
        @Schema(description = "查询码, printed on the receipt") String trackingCode,
        @Schema(description = "查询密码, shown only this once; with the code it opens the writer's page") String trackingSecret,
        MessageState state,
        OffsetDateTime receivedAt,
        DueView replyDue) {
}
