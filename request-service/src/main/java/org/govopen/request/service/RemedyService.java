package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.RemedyDecisionForm;
import org.govopen.request.api.RemedyForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.Remedy;
import org.govopen.request.domain.RemedyKind;
import org.govopen.request.domain.RemedyResult;

/** Administrative review and litigation about a case (the annual report's second table). */
@ApplicationScoped
public class RemedyService {

    @Inject
    ApplicationLookup lookup;

    @Inject
    ApplicationTransitions transitions;

    @Inject
    GovClock clock;

    /** A pending review or lawsuit was decided. */
    @Transactional
    public Remedy decide(UUID id, UUID remedyId, RemedyDecisionForm decision, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.RECORD_REMEDY);
        Remedy r = Remedy.findById(remedyId);
        if (r == null || !r.applicationId.equals(a.id)) {
            throw new org.govopen.commons.problem.ResourceNotFoundException("行政复议或诉讼", remedyId);
        }
        if (r.result != RemedyResult.PENDING) {
            throw new org.govopen.commons.problem.ConflictException("已于 " + r.decidedOn + " 审结：" + r.result.label());
        }
        if (decision.result() == RemedyResult.PENDING) {
            throw new InvalidInputException("result", "请填写审结结果");
        }
        LocalDate day = decision.decidedOn() == null ? clock.today() : decision.decidedOn();
        Dates.notBefore("decidedOn", day, r.filedOn, "立案日期");
        Dates.notAfterToday("decidedOn", day, clock.today());
        r.result = decision.result();
        r.decidedOn = day;
        if (decision.note() != null) {
            r.note = decision.note();
        }
        transitions.apply(a, ApplicationAction.RECORD_REMEDY, actor, null, r.kind.label() + "审结：" + r.result.label());
        return r;
    }

    @Transactional
    public Remedy record(UUID id, RemedyForm record, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.RECORD_REMEDY);
        LocalDate today = clock.today();
        Dates.notBefore("filedOn", record.filedOn(), a.submittedOn, "申请提交日期");
        Dates.notAfterToday("filedOn", record.filedOn(), today);
        if (record.result() == RemedyResult.PENDING && record.decidedOn() != null) {
            throw new InvalidInputException("decidedOn", "尚未审结的不应填写审结日期");
        }
        if (record.result() != RemedyResult.PENDING) {
            if (record.decidedOn() == null) {
                throw new InvalidInputException("decidedOn", "已审结的须填写审结日期");
            }
            Dates.notBefore("decidedOn", record.decidedOn(), record.filedOn(), "立案日期");
            Dates.notAfterToday("decidedOn", record.decidedOn(), today);
        }
        Remedy r = new Remedy();
        r.id = UUID.randomUUID();
        r.applicationId = a.id;
        r.kind = record.kind();
        r.filedOn = record.filedOn();
        r.result = record.result();
        r.decidedOn = record.decidedOn();
        r.note = record.note();
        r.recordedBy = actor;
        r.recordedAt = clock.now();
        r.persist();
        transitions.apply(a, ApplicationAction.RECORD_REMEDY, actor, null,
                record.kind().label() + "：" + record.result().label());
        return r;
    }
}
