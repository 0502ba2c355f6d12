package org.govopen.catalog.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.Consultation;
import org.govopen.catalog.domain.ConsultationComment;
import org.govopen.catalog.domain.ConsultationPeriodRule;
import org.govopen.catalog.domain.MajorDecision;

/**
 * A consultation on a decision's draft (公开征求意见): the draft, its basis, the period and when it closes, the
 * comments (to the public only those published, to staff all with their moderation) and, once given, the account of
 * their adoption.
 */
public record ConsultationView(UUID id, UUID decisionId, String decisionTitle, String unit, String draftTitle,
                               String draftText, String draftUrl, String basis, LocalDate opensOn, LocalDate closesOn,
                               OffsetDateTime closesAt, long periodDays, String shortenedReason, boolean open,
                               long commentsReceived, long commentsPublished, AccountView account,
                               List<CommentView> comments, String link, String decisionLink) {

    /** 意见收集和采纳情况. */
    public record AccountView(String summary, LocalDate publishedOn, long received, long adopted) {
    }

    public record CommentView(UUID id, OffsetDateTime receivedAt, String author, String content, String status,
                              String statusLabel, String rejectionReason, String adoption, String adoptionLabel,
                              String adoptionReason) {

        public static CommentView of(ConsultationComment c) {
            return new CommentView(c.id, c.receivedAt, c.author, c.content, c.status.name(), c.status.label(),
                    c.rejectionReason, c.adoption == null ? null : c.adoption.name(),
                    c.adoption == null ? null : c.adoption.label(), c.adoptionReason);
        }
    }

    public static String link(UUID consultationId) {
        return "/api/v1/public/consultations/" + consultationId;
    }

    /** {@code comments}: those the reader may see; {@code all}: every comment received, for the counts. */
    public static ConsultationView of(Consultation c, MajorDecision d, List<ConsultationComment> comments,
                                      List<ConsultationComment> all, OffsetDateTime now) {
        long published = all.stream().filter(x -> x.status == org.govopen.catalog.domain.CommentStatus.PUBLISHED).count();
        AccountView account = c.hasAccount()
                ? new AccountView(c.accountSummary, c.accountPublishedOn, all.size(),
                        all.stream().filter(x -> x.adoption != null && x.adoption.counts()).count())
                : null;
        return new ConsultationView(c.id, d.id, d.title, c.unit, c.draftTitle, c.draftText, c.draftUrl, c.basis,
                c.opensOn, c.closesOn, c.closesAt(), ConsultationPeriodRule.days(c.opensOn, c.closesOn),
                c.shortenedReason, c.takesCommentsAt(now), all.size(), published, account,
                comments.stream().map(CommentView::of).toList(), link(c.id), DecisionView.link(d.id));
    }
}
