package org.govopen.request.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 条例第三十一条 (rules.md §3 "Receipt date"): in person — the day submitted; by post — the day signed for
 * (an ordinary letter: the day receipt is confirmed with the applicant); online or by fax — the day both sides
 * confirm. Applications transferred by the 12345 hotline are received on the day of transfer, as a hotline
 * ticket is (rules.md §5).
 */
public final class ReceiptDateRule {

    private ReceiptDateRule() {
    }

    /** The receipt date known at registration, or empty when it awaits confirmation with the applicant. */
    public static Optional<LocalDate> atRegistration(Channel channel, PostType postType, LocalDate submittedOn,
                                                     LocalDate signedForOn) {
        return switch (channel) {
            case IN_PERSON, HOTLINE_12345 -> Optional.of(submittedOn);
            case POST -> postType == PostType.SIGNED_FOR ? Optional.of(signedForOn) : Optional.empty();
            case ONLINE, FAX -> Optional.empty();
        };
    }

    /** True when the receipt date is set later, by confirming with the applicant. */
    public static boolean needsConfirmation(Channel channel, PostType postType) {
        return channel == Channel.ONLINE || channel == Channel.FAX
                || (channel == Channel.POST && postType == PostType.ORDINARY_LETTER);
    }
}
