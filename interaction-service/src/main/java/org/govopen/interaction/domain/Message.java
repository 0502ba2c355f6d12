package org.govopen.interaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineState;

/**
 * A message (留言) from the portal's message board or a civic app, or a ticket (工单) the 12345 hotline transferred:
 * one case, triaged and dispatched by the office, answered by the lead unit, reviewed, sent, rated, perhaps
 * published. The writer's contact is stored in clear for staff only; everything leaving the case is masked.
 */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 留言编号 {@code LY2026-000001}. */
    @Column(nullable = false)
    public String number;

    @Column(name = "tracking_code", nullable = false)
    public String trackingCode;

    @Column(name = "tracking_secret_hash", nullable = false)
    public String trackingSecretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageChannel channel;

    /** The hotline's own ticket number (12345 工单编号), for its tickets. */
    @Column(name = "hotline_ticket")
    public String hotlineTicket;

    /** The hotline's dispatch suggestion (派单建议), as it sent it. */
    @Column(name = "hotline_suggestion")
    public String hotlineSuggestion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageCategory category;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    /** The matter, normalised: what the dispatch catalogue and clusters compare. */
    @Column(name = "matter_key", nullable = false)
    public String matterKey;

    /** The unit the writer addressed; null for "not sure" (不确定). */
    @Column(name = "addressed_unit")
    public String addressedUnit;

    /** The office whose desk triages and dispatches it. */
    @Column(name = "office_unit", nullable = false)
    public String officeUnit;

    /** 主办单位, once dispatched. */
    @Column(name = "lead_unit")
    public String leadUnit;

    /** 协办单位. */
    @Column(name = "assisting_units", nullable = false)
    public String[] assistingUnits = new String[0];

    @Column(name = "writer_name")
    public String writerName;

    @Column(name = "writer_phone")
    public String writerPhone;

    @Column(name = "writer_email")
    public String writerEmail;

    @Column(name = "writer_address")
    public String writerAddress;

    @Column(name = "consent_to_publish", nullable = false)
    public boolean consentToPublish;

    /** 留言时间: received on the platform. */
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** For a hotline ticket: when the hotline transferred it — the clock counts from here. */
    @Column(name = "transferred_at")
    public OffsetDateTime transferredAt;

    /** 简单常见问题 (1 working day), decided at triage; null until then. */
    public Boolean simple;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageState state;

    @Column(name = "reply_due_date")
    public LocalDate replyDueDate;

    @Column(name = "reply_due_at")
    public OffsetDateTime replyDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_clock")
    public DeadlineState replyClock;

    /** The lead unit's draft reply, waiting for review. */
    public String draft;

    @Column(name = "draft_unit_name")
    public String draftUnitName;

    @Column(name = "draft_by")
    public String draftBy;

    /** 答复内容, as sent. */
    public String reply;

    /** 答复单位 (the unit path) and its name as it signed the reply. */
    @Column(name = "reply_unit")
    public String replyUnit;

    @Column(name = "reply_unit_name")
    public String replyUnitName;

    /** 答复时间. */
    @Column(name = "replied_at")
    public OffsetDateTime repliedAt;

    @Column(name = "reply_working_days")
    public Integer replyWorkingDays;

    @Column(name = "reply_hours")
    public BigDecimal replyHours;

    @Column(name = "replied_on_time")
    public Boolean repliedOnTime;

    /** 并单: the message whose reply answers this one. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    @Column(name = "return_count", nullable = false)
    public int returnCount;

    @Column(name = "reassign_count", nullable = false)
    public int reassignCount;

    @Column(name = "urge_count", nullable = false)
    public int urgeCount;

    /** A pending extension (延期) the lead unit asked for: the new due date and why. */
    @Column(name = "extension_asked_until")
    public LocalDate extensionAskedUntil;

    @Column(name = "extension_reason")
    public String extensionReason;

    /** Working days added to the period by approved extensions. */
    @Column(name = "extension_days", nullable = false)
    public int extensionDays;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    public boolean published;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public String aggregateId() {
        return id.toString();
    }

    /** The unit that answers for it now: the lead unit once dispatched, the office before. */
    public String handlingUnit() {
        return leadUnit != null ? leadUnit : officeUnit;
    }
}
