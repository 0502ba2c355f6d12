package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.calendar.DueDate;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.ReplyPeriodRule;

/**
 * A message's reply period (rules.md §5, {@link ReplyPeriodRule}) as a kernel deadline: opened at receipt with 5
 * working days from the receipt (a hotline ticket: from its transfer), made 1 when the office finds the question
 * simple, moved to the lead unit on dispatch and reassignment without touching its times, paused while suspended,
 * set to an approved extension's date, closed by the reply and restarted by a reopening (重办).
 */
@ApplicationScoped
public class ReplyClock {

    @Inject
    Deadlines deadlines;

    @Inject
    CurrentCalendar calendar;

    /** At receipt: 5 working days until the office decides (a simple question is shortened at triage). */
    public Deadline start(Message m) {
        Deadline d = deadlines.openWorkingDays(MessageDeadlines.reply(m), MessageDeadlines.label(m), m.officeUnit,
                basis(m), ReplyPeriodRule.workingDays(false), ReplyPeriodRule.warningWorkingDays(false));
        MessageDueColumns.copy(m, d);
        return d;
    }

    public static LocalDate basis(Message m) {
        return ReplyPeriodRule.basis(m.channel, m.receivedAt, m.transferredAt);
    }

    /** Triage: 1 or 5 working days of the same basis, in the lead unit's hands. */
    public void classify(Message m, boolean simple) {
        var key = MessageDeadlines.reply(m);
        Deadline d = deadlines.find(key).orElseThrow();
        int days = ReplyPeriodRule.workingDays(simple) + m.extensionDays;
        int warn = ReplyPeriodRule.warningWorkingDays(simple && m.extensionDays == 0);
        if (d.workingDays == null || d.workingDays != days || !Integer.valueOf(warn).equals(d.warnWorkingDays)) {
            deadlines.changeWorkingDays(key, days, warn);
        }
    }

    /** 派单 / 改派: the alerts go to the new lead unit; the clock keeps running from the receipt. */
    public void handTo(Message m, String unit) {
        deadlines.reassign(MessageDeadlines.reply(m), unit);
    }

    public void pause(Message m, LocalDate day) {
        reply(m).filter(d -> d.state == DeadlineState.ACTIVE).ifPresent(d -> deadlines.pause(d.key(), day));
    }

    public void resume(Message m, LocalDate day) {
        reply(m).filter(d -> d.state == DeadlineState.PAUSED)
                .ifPresent(d -> deadlines.resume(d.key(), day.isBefore(d.pausedSince) ? d.pausedSince : day));
    }

    /**
     * 延期 approved: the period now ends with {@code newDueDate} (a working day after the current due date); kept as
     * working days, so a calendar year loaded later moves it like any other period.
     */
    public void extendTo(Message m, LocalDate newDueDate) {
        Deadline d = reply(m).orElseThrow();
        int extra = calendar.get().workingDaysBetween(d.dueDate, newDueDate);
        m.extensionDays += extra;
        deadlines.extend(d.key(), extra);
    }

    /** The reply was sent (or the message merged): no more alerts. */
    public void stop(Message m) {
        deadlines.close(MessageDeadlines.reply(m));
    }

    /** 重办: a new period from {@code day}, as long as the first (1 or 5 working days). */
    public void restart(Message m, LocalDate day) {
        var key = MessageDeadlines.reply(m);
        m.extensionDays = 0;
        deadlines.restartFrom(key, day);
        boolean simple = Boolean.TRUE.equals(m.simple);
        deadlines.changeWorkingDays(key, ReplyPeriodRule.workingDays(simple), ReplyPeriodRule.warningWorkingDays(simple));
        deadlines.reassign(key, m.handlingUnit());
    }

    public Optional<Deadline> reply(Message m) {
        return deadlines.find(MessageDeadlines.reply(m));
    }

    /** The due date of the current period with its explanation. */
    public DueDate explain(Message m) {
        return reply(m).orElseThrow().explain(calendar.get());
    }

    /** The due date a fresh period of this message would have: for the receipt, before anything is stored. */
    public DueDate preview(Message m, boolean simple) {
        return ReplyPeriodRule.dueDate(calendar.get(), m.channel, m.receivedAt, m.transferredAt, simple);
    }

    public WorkdayCalendar calendar() {
        return calendar.get();
    }
}
