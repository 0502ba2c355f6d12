package org.govopen.request.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineState;

/**
 * An application for government information disclosure (政府信息公开申请). Its state changes only through
 * {@link ApplicationStateMachine}; each change is recorded as a {@link Transition}.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    /** {@code 2026-000123}: shown to staff and the applicant. */
    @Column(name = "case_number", nullable = false, unique = true)
    public String caseNumber;

    /** With the secret, lets the applicant follow the case without an account. */
    @Column(name = "tracking_code", nullable = false, unique = true)
    public String trackingCode;

    @Column(name = "tracking_secret_hash", nullable = false)
    public String trackingSecretHash;

    /** The unit asked (path in the unit tree). */
    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type")
    public PostType postType;

    @Embedded
    public Applicant applicant = new Applicant();

    @Embedded
    public RequestedInformation requested = new RequestedInformation();

    @Enumerated(EnumType.STRING)
    @Column(name = "provision_form", nullable = false)
    public ProvisionForm provisionForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false)
    public DeliveryMethod deliveryMethod;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "signed_for_on")
    public LocalDate signedForOn;

    /** The receipt date of 条例第三十一条; null until confirmed for online, fax and ordinary-letter applications. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    /** D of the reply period: the receipt date, or the day the corrected application arrived. */
    @Column(name = "clock_start_on")
    public LocalDate clockStartOn;

    /** This application's number among the applicant's applications in its calendar month (fees, 第三十五条). */
    @Column(name = "month_ordinal", nullable = false)
    public int monthOrdinal;

    @Column(nullable = false)
    public boolean excessive;

    @Embedded
    private Correction correction;

    @Embedded
    private Extension extension;

    @Column(name = "later_reply_date")
    public LocalDate laterReplyDate;

    @Column(name = "later_reply_reason", columnDefinition = "text")
    public String laterReplyReason;

    @Embedded
    private Fee fee;

    @Embedded
    private Reply reply;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reply_withheld_part", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<WithheldPart> withheldParts = new ArrayList<>();

    @Embedded
    private Delivery delivery;

    /** Replied, deemed abandoned or withdrawn on this day. */
    /**
     * The reply deadline's last day, its instant (null once closed) and its clock state, copied from the kernel's
     * deadline row in the same transaction by {@code ReplyDueColumns}; null until the application is received.
     */
    @Column(name = "reply_due_date")
    public LocalDate replyDueDate;

    @Column(name = "reply_due_at")
    public OffsetDateTime replyDueAt;

    @Column(name = "reply_clock")
    @Enumerated(EnumType.STRING)
    public DeadlineState replyClock;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    // Hibernate leaves an embeddable null when all its columns are: these accessors hand out an empty one.

    public Correction correction() {
        if (correction == null) {
            correction = new Correction();
        }
        return correction;
    }

    public Extension extension() {
        if (extension == null) {
            extension = new Extension();
        }
        return extension;
    }

    public Fee fee() {
        if (fee == null) {
            fee = new Fee();
        }
        return fee;
    }

    public Reply reply() {
        if (reply == null) {
            reply = new Reply();
        }
        return reply;
    }

    /**
     * The reply's outcome, or null before the reply. Unlike {@link #reply()} it never sets an empty reply on the case:
     * an entity that was just written would be written again (the enhanced entity counts the new object as a change).
     */
    public ReplyOutcome replyOutcome() {
        return reply == null ? null : reply.outcome;
    }

    public Delivery delivery() {
        if (delivery == null) {
            delivery = new Delivery();
        }
        return delivery;
    }

    public boolean isReceived() {
        return receivedOn != null;
    }

    public String aggregateId() {
        return id.toString();
    }
}
