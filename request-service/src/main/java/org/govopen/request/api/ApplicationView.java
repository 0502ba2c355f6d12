package org.govopen.request.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineView;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.ApplicationStateMachine;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.ConsultationParty;
import org.govopen.request.domain.ConsultationResponse;
import org.govopen.request.domain.DeliveryMethod;
import org.govopen.request.domain.FeeMethod;
import org.govopen.request.domain.IdDocumentType;
import org.govopen.request.domain.PostType;
import org.govopen.request.domain.ProvisionForm;
import org.govopen.request.domain.Remedy;
import org.govopen.request.domain.RemedyKind;
import org.govopen.request.domain.RemedyResult;
import org.govopen.request.domain.ReplyOutcome;

/** A case as the staff handling it see it (within their unit): personal data included. */
public record ApplicationView(
        UUID id,
        String caseNumber,
        String unit,
        ApplicationState state,
        String stateLabel,
        List<ApplicationAction> allowedActions,
        Channel channel,
        PostType postType,
        ApplicantView applicant,
        String description,
        String documentNumber,
        String documentTitle,
        String purpose,
        ProvisionForm provisionForm,
        DeliveryMethod deliveryMethod,
        LocalDate submittedOn,
        LocalDate signedForOn,
        LocalDate receivedOn,
        int monthOrdinal,
        boolean excessive,
        DueView due,
        CorrectionView correction,
        ExtensionView extension,
        LocalDate laterReplyDate,
        FeeView fee,
        ReplyView reply,
        DeliveryView delivery,
        LocalDate concludedOn,
        OffsetDateTime archivedAt,
        List<ConsultationView> consultations,
        List<RemedyView> remedies,
        List<DeadlineView> deadlines,
        String registeredBy,
        OffsetDateTime createdAt) {

    public record ApplicantView(ApplicantKind kind, String kindLabel, String name, IdDocumentType idType, String idNumber,
                                String phone, String email, String address, String postcode, String contactPerson) {
    }

    public record CorrectionView(LocalDate requestedOn, String items, Integer periodWorkingDays, LocalDate submittedOn) {
    }

    public record ExtensionView(Integer workingDays, String reason, String approvedBy, LocalDate decidedOn, LocalDate noticeOn) {
    }

    public record FeeView(FeeMethod method, Integer pages, BigDecimal amount, LocalDate notifiedOn, LocalDate noticeReceivedOn,
                          LocalDate paidOn) {
    }

    public record ReplyView(ReplyOutcome outcome, String outcomeCode, String outcomeLabel, String legalBasis,
                            LocalDate repliedOn, String summary, ProvisionForm providedForm, List<WithheldView> withheld,
                            String alreadyPublicId, String alreadyPublicTitle, String alreadyPublicUrl,
                            String competentAgencyName, String competentAgencyContact) {
    }

    public record WithheldView(String part, ReplyOutcome reason, String reasonLabel) {
    }

    public record DeliveryView(DeliveryMethod method, OffsetDateTime deliveredAt, String proof) {
    }

    public record ConsultationView(UUID id, ConsultationParty party, String partyName, LocalDate requestedOn,
                                   LocalDate dueDate, LocalDate answeredOn, ConsultationResponse response, String note) {

        static ConsultationView of(Consultation c) {
            return new ConsultationView(c.id, c.party, c.partyName, c.requestedOn, c.dueDate, c.answeredOn, c.response, c.note);
        }
    }

    public record RemedyView(UUID id, RemedyKind kind, LocalDate filedOn, RemedyResult result, LocalDate decidedOn, String note) {

        static RemedyView of(Remedy r) {
            return new RemedyView(r.id, r.kind, r.filedOn, r.result, r.decidedOn, r.note);
        }
    }

    public static ApplicationView of(Application a, DueView due, List<Consultation> consultations, List<Remedy> remedies,
                                     List<DeadlineView> deadlines) {
        var ap = a.applicant;
        var c = a.correction();
        var x = a.extension();
        var f = a.fee();
        var r = a.reply();
        var d = a.delivery();
        ReplyView reply = r.outcome == null ? null : new ReplyView(r.outcome, r.outcome.code(), r.outcome.label(),
                r.outcome.legalBasis(), r.repliedOn, r.summary, r.providedForm,
                a.withheldParts.stream().map(w -> new WithheldView(w.part, w.reason, w.reason.label())).toList(),
                r.alreadyPublicId, r.alreadyPublicTitle, r.alreadyPublicUrl, r.competentAgencyName, r.competentAgencyContact);
        return new ApplicationView(a.id, a.caseNumber, a.unit, a.state, a.state.label(),
                ApplicationStateMachine.allowedActions(a.state), a.channel, a.postType,
                new ApplicantView(ap.kind, ap.kind.label(), ap.name, ap.idType, ap.idNumber, ap.phone, ap.email, ap.address,
                        ap.postcode, ap.contactPerson),
                a.requested.description, a.requested.documentNumber, a.requested.documentTitle, a.requested.purpose,
                a.provisionForm, a.deliveryMethod, a.submittedOn, a.signedForOn, a.receivedOn, a.monthOrdinal, a.excessive, due,
                c.requestedOn == null ? null : new CorrectionView(c.requestedOn, c.items, c.periodWorkingDays, c.submittedOn),
                x.workingDays == null ? null : new ExtensionView(x.workingDays, x.reason, x.approvedBy, x.decidedOn, x.noticeOn),
                a.laterReplyDate,
                f.notifiedOn == null ? null : new FeeView(f.method, f.pages, f.amount, f.notifiedOn, f.noticeReceivedOn, f.paidOn),
                reply,
                d.method == null ? null : new DeliveryView(d.method, d.deliveredAt, d.proof),
                a.concludedOn, a.archivedAt,
                consultations.stream().map(ConsultationView::of).toList(),
                remedies.stream().map(RemedyView::of).toList(),
                deadlines, a.registeredBy, a.createdAt);
    }
}
