package org.govopen.interaction.service;

import java.util.stream.Collectors;
import org.govopen.commons.calendar.CrossedDay;
import org.govopen.commons.calendar.DueDate;
import org.govopen.interaction.api.DueView;

/** The due date in the writer's words: from which day, how many working days, which holidays and make-up days. */
final class DueExplanations {

    private DueExplanations() {
    }

    static DueView of(DueDate due) {
        StringBuilder sb = new StringBuilder("自 ").append(due.from()).append(" 起 ").append(due.workingDays())
                .append(" 个工作日，至 ").append(due.dueDate()).append(" 止");
        String holidays = due.crossed().stream().filter(c -> c.kind() == CrossedDay.Kind.HOLIDAY)
                .map(CrossedDay::name).distinct().collect(Collectors.joining("、"));
        String makeUps = due.crossed().stream().filter(c -> c.kind() == CrossedDay.Kind.MAKE_UP_WORKDAY)
                .map(c -> c.date().toString()).collect(Collectors.joining("、"));
        if (!holidays.isEmpty()) {
            sb.append("；").append(holidays).append("假期不计");
        }
        if (!makeUps.isEmpty()) {
            sb.append("；").append(makeUps).append(" 调休上班，计入");
        }
        if (due.weekendDays() > 0) {
            sb.append("；周末 ").append(due.weekendDays()).append(" 天不计");
        }
        if (due.provisional()) {
            sb.append("（所跨年份的节假日安排尚未公布，期限为暂定）");
        }
        return new DueView(due.dueDate(), due.dueAt(), due.workingDays(), due.from(), sb.toString());
    }
}
