package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The public consultation on a major decision's draft (预公开, 公开征求意见): the draft and its basis (起草说明及依据)
 * are public from {@link #opensOn}, comments are taken until the end of {@link #closesOn}
 * ({@link ConsultationPeriodRule}), and the account of the comments and of which were adopted (意见采纳情况) is
 * published with the decision.
 */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(nullable = false)
    public String unit;

    @Column(name = "draft_title", nullable = false)
    public String draftTitle;

    @Column(name = "draft_text")
    public String draftText;

    @Column(name = "draft_url")
    public String draftUrl;

    @Column(nullable = false)
    public String basis;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    /** Why the period is shorter than {@value ConsultationPeriodRule#MINIMUM_DAYS} days; null when it is not. */
    @Column(name = "shortened_reason")
    public String shortenedReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The account of the comments and their adoption (意见采纳情况说明); null until it is given. */
    @Column(name = "account_summary")
    public String accountSummary;

    @Column(name = "account_published_on")
    public LocalDate accountPublishedOn;

    @Column(name = "account_by")
    public String accountBy;

    public OffsetDateTime closesAt() {
        return ConsultationPeriodRule.closesAt(closesOn);
    }

    public boolean takesCommentsAt(OffsetDateTime now) {
        return !now.isBefore(org.govopen.commons.calendar.WorkdayCalendar.endOf(opensOn.minusDays(1)))
                && now.isBefore(closesAt());
    }

    public boolean hasAccount() {
        return accountPublishedOn != null;
    }
}
