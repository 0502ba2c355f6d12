package org.govopen.interaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §5: 延期 before the due date only, 重办 once at the reopening levels, 公开选登 with consent and all four elements. */
class HandlingRulesTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("rules.md §5: an extension asked after the due date is refused; on the due date it may be granted")
    void extensionOnlyBeforeTheDueDate() {
        assertNull(ExtensionRule.refusal(d("2026-11-09"), d("2026-11-09"), d("2026-11-16")));
        assertTrue(ExtensionRule.refusal(d("2026-11-10"), d("2026-11-09"), d("2026-11-16")).contains("已超过答复期限"));
        assertTrue(ExtensionRule.refusal(d("2026-11-05"), d("2026-11-09"), d("2026-11-09")).contains("须晚于"));
    }

    @Test
    @DisplayName("rules.md §5: 不满意 and 非常不满意 reopen the case once; the satisfied levels never")
    void reopenOnceAtTheReopeningLevels() {
        assertTrue(ReopenRule.reopens(Satisfaction.DISSATISFIED, ReopenRule.DEFAULT_LEVELS, 0));
        assertTrue(ReopenRule.reopens(Satisfaction.VERY_DISSATISFIED, ReopenRule.DEFAULT_LEVELS, 0));
        assertFalse(ReopenRule.reopens(Satisfaction.DISSATISFIED, ReopenRule.DEFAULT_LEVELS, 1), "once");
        assertFalse(ReopenRule.reopens(Satisfaction.BASICALLY_SATISFIED, ReopenRule.DEFAULT_LEVELS, 0));
        // configurable: a unit that reopens only on 非常不满意
        assertFalse(ReopenRule.reopens(Satisfaction.DISSATISFIED, EnumSet.of(Satisfaction.VERY_DISSATISFIED), 0));
        assertTrue(Satisfaction.BASICALLY_SATISFIED.satisfied());
        assertFalse(Satisfaction.DISSATISFIED.satisfied());
    }

    @Test
    @DisplayName("seed 002 二（七）1: published only with consent and with 留言时间, 答复时间, 答复单位 and 答复内容")
    void publicationNeedsConsentAndTheFourElements() {
        OffsetDateTime written = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");
        OffsetDateTime replied = OffsetDateTime.parse("2026-11-04T15:00:00+08:00");
        assertEquals(List.of(), PublicationRule.missing(true, written, replied, "青秀区住房和城乡建设局", "已责成物业限期整改。"));
        assertEquals(List.of("consentToPublish"), PublicationRule.missing(false, written, replied, "青秀区住房和城乡建设局", "已整改。"));
        assertEquals(List.of("repliedAt", "reply"), PublicationRule.missing(true, written, null, "青秀区住房和城乡建设局", " "));
        assertEquals(List.of("replyingUnit"), PublicationRule.missing(true, written, replied, null, "已整改。"));
    }
}
