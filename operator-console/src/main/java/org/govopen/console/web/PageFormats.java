package org.govopen.console.web;

import io.quarkus.qute.TemplateExtension;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.govopen.commons.calendar.WorkdayCalendar;

/** How the page writes times and alerts: Beijing time, the Chinese way ({@code {a.firedAt.cn}} → 2026年12月2日 06:31:05). */
@TemplateExtension
public final class PageFormats {

    private static final DateTimeFormatter CN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss");

    private PageFormats() {
    }

    /** An alert's level in Chinese, and whether it is over: 超期（已解除）. */
    static String levelLabel(org.govopen.console.api.AlertGroupDetailView.AlertView a) {
        return switch (a.level()) {
            case BREACH -> "超期";
            case WARNING -> "预警";
            case NOTICE -> "提示";
            case RESOLVED -> "解除";
        } + (a.resolved() && a.level() != org.govopen.console.domain.Alert.Level.RESOLVED ? "（已解除）" : "");
    }

    static String cn(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkdayCalendar.ZONE).format(CN);
    }
}
