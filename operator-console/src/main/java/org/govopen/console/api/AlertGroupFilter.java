package org.govopen.console.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.govopen.commons.security.UnitScope;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;

/**
 * The filters of the alert list (告警筛选), one set for the REST API and the console's page: each optional, a blank value
 * (the page's "全部") the same as none. Values that are not one are a 400 naming the parameter, before anything is read.
 */
public class AlertGroupFilter {

    public static final String UNIT_MESSAGE = "须为单位路径，如 nanning/qingxiu";

    @QueryParam("service")
    @Size(max = 50)
    @Parameter(description = "the service that raised them", example = "request")
    public String service;

    @QueryParam("unit")
    @Size(max = 250)
    @Pattern(regexp = "^$|^" + UnitScope.PATH_PATTERN + "$", message = UNIT_MESSAGE)
    @Parameter(description = "this unit and the units below it; within the operator's own", example = "nanning/qingxiu")
    public String unit;

    @QueryParam("level")
    @Parameter(description = "breaches, warnings or notices only")
    public AlertLevel level;

    @QueryParam("status")
    @Parameter(description = "without it: the open ones (待认领 and 已认领)")
    public AlertStatus status;

    public AlertGroupFilter() {
    }

    public AlertGroupFilter(String service, String unit, AlertLevel level, AlertStatus status) {
        this.service = service;
        this.unit = unit;
        this.level = level;
        this.status = status;
    }

    /** The service asked for; null: any. */
    public String service() {
        return blankToNull(service);
    }

    /** The unit asked for; null: the operator's whole scope. */
    public String unit() {
        return blankToNull(unit);
    }

    /** For the page's form: whether {@code field} has {@code value} ("" for not given). */
    public boolean is(String field, String value) {
        Object v = switch (field) {
            case "service" -> service();
            case "level" -> level;
            case "status" -> status;
            case "unit" -> unit();
            default -> throw new IllegalArgumentException("no filter " + field);
        };
        return value.equals(v == null ? "" : v.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
