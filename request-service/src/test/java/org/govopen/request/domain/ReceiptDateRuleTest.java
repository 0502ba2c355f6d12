package org.govopen.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules.md §3 "Receipt date", 条例第三十一条. */
class ReceiptDateRuleTest {

    static final LocalDate SENT = LocalDate.parse("2026-09-28");
    static final LocalDate SIGNED = LocalDate.parse("2026-09-30");

    @Test
    void inPersonTheDaySubmitted_postTheDaySignedFor() {
        assertEquals(Optional.of(SENT), ReceiptDateRule.atRegistration(Channel.IN_PERSON, null, SENT, null));
        assertEquals(Optional.of(SIGNED), ReceiptDateRule.atRegistration(Channel.POST, PostType.SIGNED_FOR, SENT, SIGNED));
        assertEquals(Optional.of(SENT), ReceiptDateRule.atRegistration(Channel.HOTLINE_12345, null, SENT, null));
    }

    @Test
    void onlineFaxAndOrdinaryLettersWaitForConfirmation() {
        assertTrue(ReceiptDateRule.atRegistration(Channel.ONLINE, null, SENT, null).isEmpty());
        assertTrue(ReceiptDateRule.atRegistration(Channel.FAX, null, SENT, null).isEmpty());
        assertTrue(ReceiptDateRule.atRegistration(Channel.POST, PostType.ORDINARY_LETTER, SENT, null).isEmpty());
        assertTrue(ReceiptDateRule.needsConfirmation(Channel.POST, PostType.ORDINARY_LETTER));
    }
}
