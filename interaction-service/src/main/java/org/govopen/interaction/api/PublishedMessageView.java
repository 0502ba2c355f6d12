package org.govopen.interaction.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCategory;

/**
 * A published message (公开选登), as the public reads it: 留言时间, 答复时间, 答复单位, 答复内容 always, with names, ID
 * numbers, phone numbers and addresses masked in every text; the writer is never named.
 */
@Schema(name = "PublishedMessage")
public record PublishedMessageView(
        String number,
        MessageCategory category,
        String categoryLabel,
        String subject,
        String text,
        @Schema(description = "留言时间") OffsetDateTime writtenAt,
        @Schema(description = "答复时间") OffsetDateTime repliedAt,
        @Schema(description = "答复单位") String replyingUnit,
        @Schema(description = "答复内容") String reply) {

    public static PublishedMessageView of(Message m) {
        return new PublishedMessageView(m.number, m.category, m.category.label(), mask(m, m.subject), mask(m, m.body),
                m.receivedAt, m.repliedAt, m.replyUnitName, mask(m, m.reply));
    }

    /** The kernel's masks, and the writer's own name, phone and address wherever they appear. */
    static String mask(Message m, String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (m.writerName != null && m.writerName.length() >= 2) {
            out = out.replace(m.writerName, PersonalDataMasker.maskName(m.writerName));
        }
        if (m.writerAddress != null && m.writerAddress.length() >= 4) {
            out = out.replace(m.writerAddress, PersonalDataMasker.maskAddress(m.writerAddress));
        }
        if (m.writerPhone != null && m.writerPhone.length() >= 5) {
            out = out.replace(m.writerPhone, "*".repeat(m.writerPhone.length()));
        }
        return PersonalDataMasker.maskText(out);
    }
}
