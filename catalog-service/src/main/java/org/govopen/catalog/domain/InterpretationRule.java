package org.govopen.catalog.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Policy interpretation goes with its policy (rules.md §2b, 同步组织、同步审签、同步部署、同步公开): a document marked
 * as needing interpretation is not published without at least one (送审时未附解读材料的，予以退文), and an
 * interpretation published after its document is late by the calendar days between the two publications.
 */
public final class InterpretationRule {

    private InterpretationRule() {
    }

    /** Why the document may not be published yet, or empty when it may. */
    public static Optional<String> publicationRefusal(boolean needsInterpretation, long interpretations) {
        if (needsInterpretation && interpretations == 0) {
            return Optional.of("该文件须同步解读：未附政策解读材料，不予发布（退文）。请先添加解读（简明问答、图表图解等）");
        }
        return Optional.empty();
    }

    /** Days an interpretation came after its document: 0 when published together (or before), never negative. */
    public static int daysLate(LocalDate documentPublishedOn, LocalDate interpretationPublishedOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(documentPublishedOn, interpretationPublishedOn));
    }
}
