package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.govopen.catalog.api.NewDomainForm;
import org.govopen.catalog.api.UnitForms;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.domain.UnitKind;
import org.govopen.catalog.messaging.CatalogEvents;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;

/** The unit tree and each unit's settings; every change is announced as {@code govopen.catalog.unit.changed}. */
@ApplicationScoped
public class UnitService {

    @Inject
    CatalogConfig config;

    @Inject
    CatalogEvents events;

    @Inject
    GovClock clock;

    @Transactional
    public Unit create(UnitForms.NewUnitForm form) {
        List<Violation> problems = new ArrayList<>();
        if (!UnitScope.isWellFormed(form.path())) {
            problems.add(new Violation("path", "单位路径须为小写字母、数字或“-”组成的若干段，以“/”分隔，如 nanning/qingxiu"));
        }
        String parent = form.path() == null || !form.path().contains("/") ? null
                : form.path().substring(0, form.path().lastIndexOf('/'));
        Unit parentUnit = parent == null ? null : Unit.<Unit>findByIdOptional(parent).orElse(null);
        if (parent != null && parentUnit == null && problems.isEmpty()) {
            problems.add(new Violation("path", "上级单位“" + parent + "”不存在，请先建立上级单位"));
        }
        if (parentUnit != null && !parentUnit.kind.isGovernment()) {
            problems.add(new Violation("path", "上级单位“" + parentUnit.name + "”是" + parentUnit.kind.label() + "，不能设下级单位"));
        }
        if (parent == null && form.kind() != null && form.kind() != UnitKind.CITY) {
            problems.add(new Violation("kind", "最上级单位必须是市（CITY）"));
        }
        problems.addAll(reviewDomainProblems(form.kind(), form.reviewDomains()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (Unit.findById(form.path()) != null) {
            throw new ConflictException("单位“" + form.path() + "”已存在");
        }
        OffsetDateTime now = clock.now();
        Unit u = new Unit();
        u.path = form.path();
        u.name = form.name().trim();
        u.kind = form.kind();
        u.parentPath = parent;
        u.reviewDomains = form.reviewDomains() == null ? new ArrayList<>() : new ArrayList<>(form.reviewDomains());
        // a new unit inherits its parent's settings, else the shipped defaults
        u.recheckCycle = parentUnit != null ? parentUnit.recheckCycle : config.recheckCycle();
        u.reviewWorkingDays = parentUnit != null ? parentUnit.reviewWorkingDays : config.reviewWorkingDays();
        u.conversionApplicants = parentUnit != null ? parentUnit.conversionApplicants : config.conversionApplicants();
        u.conversionApplications = parentUnit != null ? parentUnit.conversionApplications : config.conversionApplications();
        u.createdAt = now;
        u.updatedAt = now;
        u.persist();
        events.unitChanged(u);
        return u;
    }

    @Transactional
    public Unit rename(String path, UnitForms.UnitChangeForm change) {
        Unit u = requireLocked(path);
        List<Violation> problems = reviewDomainProblems(u.kind, change.reviewDomains());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        u.name = change.name().trim();
        if (change.reviewDomains() != null) {
            u.reviewDomains = new ArrayList<>(change.reviewDomains());
        }
        u.updatedAt = clock.now();
        events.unitChanged(u);
        return u;
    }

    @Transactional
    public Unit changeSettings(String path, UnitForms.UnitSettingsForm s) {
        Unit u = requireLocked(path);
        u.recheckCycle = s.recheckCycle();
        u.reviewWorkingDays = s.reviewWorkingDays();
        u.reviewBy = s.reviewBy();
        u.conversionApplicants = s.conversionApplicants();
        u.conversionApplications = s.conversionApplications();
        u.updatedAt = clock.now();
        return u;
    }

    public Unit require(String path) {
        return Unit.<Unit>findByIdOptional(path).orElseThrow(() -> new ResourceNotFoundException("单位", path));
    }

    /** The unit, locked until the transaction ends: changes to one unit wait for each other. */
    public Unit requireLocked(String path) {
        Unit u = Unit.findById(path, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (u == null) {
            throw new ResourceNotFoundException("单位", path);
        }
        return u;
    }

    /** An other domain (其他领域) for a unit and the units below it. */
    @Transactional
    public DisclosureDomain addDomain(NewDomainForm form) {
        require(form.unit());
        if (DisclosureDomain.findById(form.code()) != null) {
            throw new ConflictException("领域代码“" + form.code() + "”已存在");
        }
        DisclosureDomain d = new DisclosureDomain();
        d.code = form.code();
        d.name = form.name().trim();
        d.pilot = false;
        d.unit = form.unit();
        d.position = 1000;
        d.persist();
        return d;
    }

    private static List<Violation> reviewDomainProblems(UnitKind kind, List<String> domains) {
        List<Violation> problems = new ArrayList<>();
        if (domains == null || domains.isEmpty()) {
            return problems;
        }
        if (kind != UnitKind.DEPARTMENT) {
            problems.add(new Violation("reviewDomains", "只有部门可以承担领域目录审核"));
        }
        for (String d : domains) {
            if (DisclosureDomain.findById(d) == null) {
                problems.add(new Violation("reviewDomains", "领域“" + d + "”不存在"));
            }
        }
        return problems;
    }
}
