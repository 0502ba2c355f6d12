package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.domain.ExtensionRule;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.UrgingRule;

/**
 * Triage and dispatch (分类派单) and the hotline's handling vocabulary, each a recorded transition: 派单, 退单 and its
 * review, 改派, 延期 and its approval, 并单, 催办 / 督办, 挂起 / 恢复. The office acts within its unit and below; the
 * lead unit returns a message or asks for an extension.
 */
@ApplicationScoped
public class MessageHandling {

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
    Replies replies;

    /** 分类派单: simple (1 working day) or not (5), counted from the receipt as before; to a lead unit. */
    @Transactional
    public Message dispatch(UUID id, MessageForms.Dispatch form) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.DISPATCH);
        assign(m, form.leadUnit(), form.assistingUnits());
        m.simple = form.simple();
        replyClock.classify(m, m.simple);
        replyClock.handTo(m, m.leadUnit);
        String note = (m.simple ? "简单常见问题，1 个工作日内答复" : "5 个工作日内答复") + "；主办：" + m.leadUnit
                + (m.assistingUnits.length > 0 ? "；协办：" + String.join("、", m.assistingUnits) : "");
        transitions.apply(m, MessageAction.DISPATCH, user.name(), note, form.note());
        return m;
    }

    /** 退单: the lead unit gives the message back, with its reason; the office reviews the return. */
    @Transactional
    public Message giveBack(UUID id, String reason) {
        Message m = lookup.forUpdate(id);
        requireLeadUnit(m);
        transitions.check(m, MessageAction.RETURN);
        m.returnCount++;
        transitions.apply(m, MessageAction.RETURN, user.name(), null, reason);
        return m;
    }

    /** 退单审核: accepted, the message is back at the desk for another dispatch; refused, back to the same unit. */
    @Transactional
    public Message reviewReturn(UUID id, boolean accept, String note) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        MessageAction action = accept ? MessageAction.ACCEPT_RETURN : MessageAction.REFUSE_RETURN;
        transitions.check(m, action);
        if (accept) {
            replyClock.handTo(m, m.officeUnit);
        }
        transitions.apply(m, action, user.name(), null, note);
        return m;
    }

    /** 改派: another lead unit; the clock keeps running from the original receipt. */
    @Transactional
    public Message reassign(UUID id, MessageForms.Reassign form) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.REASSIGN);
        if (form.leadUnit().equals(m.leadUnit) && m.state != MessageState.RETURNED) {
            throw new InvalidInputException("leadUnit", "已由该单位主办");
        }
        String before = m.leadUnit;
        assign(m, form.leadUnit(), form.assistingUnits());
        m.reassignCount++;
        replyClock.handTo(m, m.leadUnit);
        transitions.apply(m, MessageAction.REASSIGN, user.name(), "由 " + before + " 改派至 " + m.leadUnit, form.reason());
        return m;
    }

    /** 申请延期: asked before the due date ({@link ExtensionRule}), for a later working day. */
    @Transactional
    public Message askExtension(UUID id, MessageForms.Extension form) {
        Message m = lookup.forUpdate(id);
        requireLeadUnit(m);
        transitions.check(m, MessageAction.REQUEST_EXTENSION);
        if (m.extensionAskedUntil != null) {
            throw new ConflictException("已有待审批的延期申请（至 " + m.extensionAskedUntil + "）");
        }
        LocalDate due = replyClock.reply(m).orElseThrow().dueDate;
        String refusal = ExtensionRule.refusal(clock.today(), due, form.newDueDate());
        if (refusal != null) {
            throw new InvalidInputException(clock.today().isAfter(due) ? "newDueDate" : "newDueDate", refusal);
        }
        if (!replyClock.calendar().isWorkingDay(form.newDueDate())) {
            throw new InvalidInputException("newDueDate", form.newDueDate() + " 不是工作日");
        }
        m.extensionAskedUntil = form.newDueDate();
        m.extensionReason = form.reason().strip();
        transitions.apply(m, MessageAction.REQUEST_EXTENSION, user.name(), null,
                "申请延期至 " + form.newDueDate() + "：" + m.extensionReason);
        return m;
    }

    /** 延期审批 by the office: approved, the period ends with the date asked for. */
    @Transactional
    public Message decideExtension(UUID id, boolean approve, String note) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        MessageAction action = approve ? MessageAction.APPROVE_EXTENSION : MessageAction.REFUSE_EXTENSION;
        transitions.check(m, action);
        if (m.extensionAskedUntil == null) {
            throw new ConflictException("没有待审批的延期申请");
        }
        LocalDate asked = m.extensionAskedUntil;
        if (approve) {
            LocalDate due = replyClock.reply(m).orElseThrow().dueDate;
            if (!asked.isAfter(due)) {
                throw new ConflictException("申请的日期 " + asked + " 已不晚于现在的答复期限 " + due);
            }
            replyClock.extendTo(m, asked);
        }
        m.extensionAskedUntil = null;
        m.extensionReason = null;
        transitions.apply(m, action, user.name(), approve ? "答复期限延至 " + asked : "延期申请未获批准", note);
        return m;
    }

    /**
     * 并单: {@code id} is a duplicate of {@code into}'s matter; one reply answers both. Its own clock stops; when
     * {@code into} is answered, so is it, and its writer (or the hotline, for a ticket) is told. If {@code into}
     * is already replied, the duplicate is answered at once.
     */
    @Transactional
    public Message merge(UUID id, UUID into, String note) {
        if (id.equals(into)) {
            throw new InvalidInputException("into", "不能与自身并单");
        }
        // lock in id order, so that two merges of the same pair cannot deadlock
        Message first = lookup.forUpdate(id.compareTo(into) < 0 ? id : into);
        Message second = lookup.forUpdate(id.compareTo(into) < 0 ? into : id);
        Message m = first.id.equals(id) ? first : second;
        Message primary = first.id.equals(id) ? second : first;
        user.requireCovers(m.officeUnit);
        user.requireCovers(primary.officeUnit);
        transitions.check(m, MessageAction.MERGE);
        if (primary.state == MessageState.MERGED) {
            throw new InvalidInputException("into", "该留言已并入 " + primary.mergedInto + "，请并入主件");
        }
        m.mergedInto = primary.id;
        replyClock.stop(m);
        transitions.apply(m, MessageAction.MERGE, user.name(), "与 " + primary.number + " 并单办理，一并答复", note);
        // anything merged into this one follows it
        for (Message child : Message.<Message>list("mergedInto", m.id)) {
            Message locked = lookup.forUpdateBySystem(child.id);
            locked.mergedInto = primary.id;
            locked.updatedAt = clock.now();
        }
        if (primary.state == MessageState.REPLIED || primary.state == MessageState.CLOSED) {
            replies.answerMerged(primary, m);
        }
        return m;
    }

    /** 催办 before the due date, 督办 after a breach ({@link UrgingRule}). */
    @Transactional
    public Message urge(UUID id, String reason) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        MessageAction action = UrgingRule.actionAt(clock.now(), m.replyDueAt);
        transitions.check(m, action);
        m.urgeCount++;
        transitions.apply(m, action, user.name(), reason, null);
        return m;
    }

    /** 挂起: time stops (e.g. the writer is asked for more); 恢复: it runs again. */
    @Transactional
    public Message suspend(UUID id, String reason) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.SUSPEND);
        replyClock.pause(m, clock.today());
        transitions.apply(m, MessageAction.SUSPEND, user.name(), reason, null);
        return m;
    }

    @Transactional
    public Message resume(UUID id, String note) {
        Message m = lookup.forUpdate(id);
        user.requireCovers(m.officeUnit);
        transitions.check(m, MessageAction.RESUME);
        if (m.leadUnit == null) {
            throw new ConflictException("尚未派单，恢复后请先派单");
        }
        replyClock.resume(m, clock.today());
        transitions.apply(m, MessageAction.RESUME, user.name(), note, null);
        return m;
    }

    private void assign(Message m, String lead, List<String> assisting) {
        user.requireCovers(lead);
        m.leadUnit = lead;
        m.assistingUnits = assisting == null ? new String[0]
                : assisting.stream().distinct().filter(u -> !u.equals(lead)).toArray(String[]::new);
    }

    private void requireLeadUnit(Message m) {
        if (m.leadUnit == null || !user.covers(m.leadUnit)) {
            throw new org.govopen.commons.problem.ResourceNotFoundException("message", m.id);
        }
    }
}
