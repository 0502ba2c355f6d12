package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.ReplyPeriodRule;

/**
 * The reply period of an application (条例第三十三条) as a deadline row: opened on receipt, stopped while time is
 * not counted (consultations, a fee notice, a correction), restarted from a corrected application's arrival,
 * extended once. Overlapping stops form one pause: the clock runs again when the last of them ends.
 */
@ApplicationScoped
public class ReplyClock {

    @Inject
    Deadlines deadlines;

    public void start(Application a) {
        ReplyDueColumns.copy(a, deadlines.openWorkingDays(ApplicationDeadlines.key(a, ApplicationDeadlines.REPLY),
                ApplicationDeadlines.label(a, ApplicationDeadlines.REPLY), a.unit, a.clockStartOn, replyWorkingDays(a)));
    }

    /** Time stops counting on {@code day} (if it runs). */
    public void stop(Application a, LocalDate day) {
        reply(a).filter(d -> d.state == DeadlineState.ACTIVE)
                .ifPresent(d -> deadlines.pause(d.key(), day));
    }

    /** Time counts again from {@code day}, unless something else still stops it. */
    public void resume(Application a, LocalDate day) {
        if (stoppedByAnything(a)) {
            return;
        }
        reply(a).filter(d -> d.state == DeadlineState.PAUSED)
                .ifPresent(d -> deadlines.resume(d.key(), day.isBefore(d.pausedSince) ? d.pausedSince : day));
    }

    /** The period starts again (the corrected application arrived on {@code day}). */
    public void restartFrom(Application a, LocalDate day) {
        a.clockStartOn = day;
        var key = ApplicationDeadlines.key(a, ApplicationDeadlines.REPLY);
        if (deadlines.find(key).isPresent()) {
            deadlines.restartFrom(key, day);
        } else {
            start(a);
        }
    }

    public void extend(Application a, int workingDays) {
        deadlines.extend(ApplicationDeadlines.key(a, ApplicationDeadlines.REPLY), workingDays);
    }

    /** 第三十五条: the office set a later reply date; the period ends with that day. */
    public void replyBy(Application a, LocalDate date) {
        deadlines.openAt(ApplicationDeadlines.key(a, ApplicationDeadlines.REPLY),
                ApplicationDeadlines.label(a, ApplicationDeadlines.REPLY), a.unit, WorkdayCalendar.endOf(date), null);
    }

    /**
     * Whether the reply period has run out at {@code now}. While the clock is stopped the stored due date leaves out
     * the running pause, so the period has run out only if it ended before the clock stopped.
     */
    public boolean ranOut(Deadline reply, OffsetDateTime now) {
        if (reply.state == DeadlineState.PAUSED && reply.dueDate != null && reply.pausedSince != null) {
            return reply.dueDate.isBefore(reply.pausedSince);
        }
        return !now.isBefore(reply.dueAt);
    }

    public Optional<Deadline> reply(Application a) {
        return deadlines.find(ApplicationDeadlines.key(a, ApplicationDeadlines.REPLY));
    }

    private boolean stoppedByAnything(Application a) {
        boolean consulting = Consultation.of(a.id).stream().anyMatch(Consultation::isOpen);
        return consulting || a.fee().isPending() || a.state == ApplicationState.AWAITING_CORRECTION;
    }

    private static int replyWorkingDays(Application a) {
        Integer extra = a.extension().workingDays;
        return ReplyPeriodRule.WORKING_DAYS + (extra == null ? 0 : extra);
    }
}
