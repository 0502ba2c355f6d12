package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.ReopenRule;
import org.govopen.interaction.domain.Satisfaction;
import org.govopen.interaction.messaging.HotlineReply;

/**
 * Replies (答复): the lead unit drafts, the office reviews (returns the draft or releases it), and the release sends
 * it — on the writer's page, and for a 12345 ticket as {@link HotlineReply} so that the hotline can close its
 * ticket; every message merged into it (并单) is answered with it. Then 回访: the writer's rating, or the hotline's
 * call-back result; a reopening rating ({@link ReopenRule}) sends the case back to the lead unit once (重办).
 */
@ApplicationScoped
public class Replies {

    @Inject
    MessageLookup lookup;

    @Inject
    MessageTransitions transitions;

    @Inject
    ReplyClock replyClock;

    @Inject
    CurrentUser user;

    @Inject
    GovClock clock;

    @Inject
    Outbox outbox;

    @Inject
    InteractionConfig config;

    @Inject
    MessageQueries queries;

    @Inject
    UnitNames unitNames;

    /** The lead unit's draft, for the office's review. */
    @Transactional
    public Message submit(UUID id, MessageForms.Reply form) {
        Message m = lookup.forUpdate(id);
        if (m.leadUnit == null || !user.covers(m.leadUnit)) {
            throw new ResourceNotFoundException("message", id);
        }
        transitions.check(m, MessageAction.SUBMIT_REPLY);
        m.draft = form.text().strip();
        String signed = org.govopen.commons.rest.FormText.trimToNull(form.unitName());
        m.draftUnitName = signed != null ? signed : unitNames.nameOf(m.leadUnit).orElseThrow(() ->
                new org.govopen.commons.problem.InvalidInputException("unitName", "请填写答复单位名称（目录中没有单位 " + m.leadUnit + " 的名称）"));
        m.draftBy = user.name();
        transitions.apply(m, MessageAction.SUBMIT_REPLY, user.name(), null, null);
        return m;
    }

    /** 退回答复: the office sends the draft back with its reason; the clock runs on. */
    @Transactional
    public Message sendBack(UUID id, String reason) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.SEND_BACK);
        transitions.apply(m, MessageAction.SEND_BACK, user.name(), null, reason);
        return m;
    }

    /** 审核通过: the draft is the reply, sent now; the reply period is met (or late) and closed. */
    @Transactional
    public Message release(UUID id, String note) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.RELEASE_REPLY);
        if (m.draft == null) {
            throw new ConflictException("没有待审核的答复");
        }
        Deadline reply = replyClock.reply(m).orElseThrow();
        OffsetDateTime now = clock.now();
        m.reply = m.draft;
        m.replyUnit = m.leadUnit;
        m.replyUnitName = m.draftUnitName;
        m.repliedAt = now;
        m.repliedOnTime = now.isBefore(reply.dueAt);
        measure(m, replyClock.calendar());
        m.draft = null;
        replyClock.stop(m);
        transitions.apply(m, MessageAction.RELEASE_REPLY, user.name(), null, note);
        tellHotline(m, null);
        for (Message merged : Message.<Message>list("mergedInto", m.id)) {
            answerMerged(m, lookup.forUpdateBySystem(merged.id));
        }
        return m;
    }

    /** A message merged into {@code primary} takes its reply (并单答复), and its writer or the hotline is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerMerged(Message primary, Message merged) {
        merged.reply = primary.reply;
        merged.replyUnit = primary.replyUnit;
        merged.replyUnitName = primary.replyUnitName;
        merged.repliedAt = primary.repliedAt;
        merged.repliedOnTime = merged.replyDueDate == null
                || !primary.repliedAt.isAfter(WorkdayCalendar.endOf(merged.replyDueDate));
        measure(merged, replyClock.calendar());
        transitions.apply(merged, MessageAction.ANSWER_BY_MERGE, "system", "并单答复（主件 " + primary.number + "）", null);
        tellHotline(merged, primary);
    }

    /** 回访 by the writer (tracking code and secret, checked by the caller) or the hotline's call-back result. */
    @Transactional
    public Message rate(UUID id, Satisfaction rating, String comment, String actor) {
        Message m = lookup.forUpdateBySystem(id);
        if (m.state == MessageState.MERGED) {
            throw new ConflictException("该留言已并单办理，请对主件评价");
        }
        transitions.check(m, MessageAction.RATE);
        m.satisfaction = rating;
        m.ratedAt = clock.now();
        String note = "评价：" + rating.label() + (comment == null || comment.isBlank() ? "" : "。" + comment.strip());
        if (ReopenRule.reopens(rating, config.reopeningLevels(), m.reopenCount)) {
            m.reopenCount++;
            transitions.apply(m, MessageAction.RATE, actor, note, null);
            reopen(m, actor);
        } else {
            transitions.apply(m, MessageAction.RATE, actor, note, null);
            if (m.closedAt == null) {
                m.closedAt = clock.now();
            }
        }
        return m;
    }

    /**
     * The hotline's call-back result from its topic. A ticket number not known here is the hotline's mistake: it goes to
     * the dead-letter topic (the transport's poison), never silently dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rateTicket(String ticketNumber, Satisfaction rating, String comment) {
        Message m = Message.<Message>find("hotlineTicket", ticketNumber).firstResult();
        if (m == null) {
            throw new org.govopen.commons.events.PoisonEventException("call-back for unknown ticket " + ticketNumber);
        }
        rate(m.id, rating, comment, "12345 热线回访");
    }

    /** 回访 by the writer: the code and secret of the receipt (404 for either wrong), then {@link #rate}. */
    @Transactional
    public Message rateTracked(String code, String secret, Satisfaction rating, String comment) {
        return rate(queries.tracked(code, secret).id, rating, comment, "留言人");
    }

    /** 办结 by the office when no rating came. */
    @Transactional
    public Message close(UUID id, String note) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.CLOSE);
        m.closedAt = clock.now();
        transitions.apply(m, MessageAction.CLOSE, user.name(), note, null);
        return m;
    }

    /** 重办: back to the lead unit with a new period from today; the earlier reply stays in the history. */
    private void reopen(Message m, String actor) {
        m.closedAt = null;
        m.repliedAt = null;
        m.repliedOnTime = null;
        m.replyWorkingDays = null;
        m.replyHours = null;
        m.reply = null;
        m.published = false;
        m.publishedAt = null;
        replyClock.restart(m, clock.today());
        transitions.apply(m, MessageAction.REOPEN, actor, "评价为不满意，重新办理", null);
    }

    private void tellHotline(Message m, Message answeredWith) {
        if (m.channel != MessageChannel.HOTLINE_12345) {
            return;
        }
        String with = answeredWith == null ? null
                : answeredWith.hotlineTicket != null ? answeredWith.hotlineTicket : answeredWith.number;
        outbox.write(Topics.INTERACTION_EVENTS, HotlineReply.TYPE, m.hotlineTicket,
                new HotlineReply(m.hotlineTicket, m.number, PersonalDataMasker.maskText(m.reply), m.replyUnit,
                        m.replyUnitName, m.repliedAt, Boolean.TRUE.equals(m.repliedOnTime), with));
    }

    /** Time to reply, for the statistics: working days after the day the clock counts from, and hours. */
    static void measure(Message m, WorkdayCalendar calendar) {
        LocalDate basis = ReplyClock.basis(m);
        LocalDate repliedOn = m.repliedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
        m.replyWorkingDays = repliedOn.isAfter(basis) ? calendar.workingDaysBetween(basis, repliedOn) : 0;
        OffsetDateTime from = m.transferredAt != null ? m.transferredAt : m.receivedAt;
        long minutes = Math.max(0, Duration.between(from, m.repliedAt).toMinutes());
        m.replyHours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
