package org.govopen.console.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.Roles;
import org.govopen.commons.security.UnitScope;
import org.govopen.console.api.AlertForms;
import org.govopen.console.api.AlertGroupFilter;
import org.govopen.console.api.AlertGroupDetailView;
import org.govopen.console.api.AlertGroupView;
import org.govopen.console.api.UnitCountView;
import org.govopen.console.service.AlertHandling;
import org.govopen.console.service.AlertQueries;

/**
 * The alert groups of the operator's unit and below, for the console's page and for the 12345 platform's own screens:
 * list (most urgent first), one group with its alerts and history, counts per unit, and the operators' actions.
 */
@Path("/api/v1/alert-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alert groups", description = "值班告警：各业务系统的期限预警、超期、舆情升级，认领、指派、解除与再次提醒")
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
public class AlertGroupResource {

    @Inject
    AlertQueries queries;

    @Inject
    AlertHandling handling;

    @GET
    @Operation(summary = "List alert groups (告警列表)",
            description = "The alert groups of the operator's unit and below. Without status: the open ones (待认领 and 已认领). "
                    + "Sort keys: urgency (default: breaches, then warnings, then notices, each by due time), dueAt, -lastAlertAt.")
    @APIResponse(responseCode = "200", description = "one page of alert groups")
    public Page<AlertGroupView> listAlertGroups(@Valid @BeanParam AlertGroupFilter filter, @Valid @BeanParam PageRequest paging) {
        return queries.list(filter, paging);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Count open alert groups per unit (各单位告警统计)",
            description = "The open alert groups of each unit of the operator's scope (or of the given unit and below): breaches, "
                    + "warnings, notices, and how many nobody has acknowledged.")
    @APIResponse(responseCode = "200", description = "one row per unit that has open alert groups")
    public List<UnitCountView> countAlertGroupsByUnit(
            @QueryParam("unit") @Size(max = 250) @Pattern(regexp = UnitScope.PATH_PATTERN, message = AlertGroupFilter.UNIT_MESSAGE) String unit) {
        return queries.countsByUnit(unit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an alert group (告警详情)", description = "The group, its alerts as the services raised them, and its history.")
    @APIResponse(responseCode = "200", description = "the alert group")
    public AlertGroupDetailView getAlertGroup(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an alert group (认领)",
            description = "The operator takes the group: reminders of its breach stop at once. Later alerts of the case raise its "
                    + "level but never undo the acknowledgement. 409 when it is acknowledged or resolved already.")
    @APIResponse(responseCode = "200", description = "the acknowledged group")
    public AlertGroupDetailView acknowledgeAlertGroup(@PathParam("id") UUID id, @Valid AlertForms.Acknowledge form) {
        return queries.detail(handling.acknowledge(id, form == null ? null : form.note()));
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign an alert group (指派)", description = "Gives the group to a person; its status stays as it was.")
    @APIResponse(responseCode = "200", description = "the assigned group")
    public AlertGroupDetailView assignAlertGroup(@PathParam("id") UUID id, @Valid @NotNull AlertForms.Assign form) {
        return queries.detail(handling.assign(id, form.assignee(), form.note()));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an alert group by hand (解除)",
            description = "Ends the group with the reason; its services resolve groups themselves when the deadline is met. A new "
                    + "alert of the case opens the same group again.")
    @APIResponse(responseCode = "200", description = "the resolved group")
    public AlertGroupDetailView resolveAlertGroup(@PathParam("id") UUID id, @Valid @NotNull AlertForms.Resolve form) {
        return queries.detail(handling.resolve(id, form.reason()));
    }
}
