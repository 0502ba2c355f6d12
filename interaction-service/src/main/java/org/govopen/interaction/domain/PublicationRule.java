package org.govopen.interaction.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules.md §5, seed 002 二（七）1 — 公开选登: a message is published only with its writer's consent, and its page carries
 * all four of 留言时间, 答复时间, 答复单位, 答复内容; the office chooses it (the state machine's). Personal data is masked by
 * the kernel's {@code PersonalDataMasker} before anything is shown.
 */
public final class PublicationRule {

    /** The four elements, named by their fields; empty when the message may be published. */
    public static List<String> missing(boolean consent, OffsetDateTime writtenAt, OffsetDateTime repliedAt, String replyingUnit,
                                       String reply) {
        List<String> missing = new ArrayList<>();
        if (!consent) {
            missing.add("consentToPublish");
        }
        if (writtenAt == null) {
            missing.add("writtenAt");
        }
        if (repliedAt == null) {
            missing.add("repliedAt");
        }
        if (replyingUnit == null || replyingUnit.isBlank()) {
            missing.add("replyingUnit");
        }
        if (reply == null || reply.isBlank()) {
            missing.add("reply");
        }
        return missing;
    }

    private PublicationRule() {
    }
}
