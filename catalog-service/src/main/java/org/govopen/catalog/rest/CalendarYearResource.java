package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.LoadedYearView;
import org.govopen.catalog.domain.CalendarYear;
import org.govopen.catalog.service.CalendarYearService;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.calendar.HolidayNotice;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** Loading a year's holiday notice (admin). The read side is the kernel's calendar API, on every service. */
@Path("/api/v1/calendar")
@Tag(name = "Calendar")
public class CalendarYearResource {

    @Inject
    CalendarYearService service;

    @Inject
    CurrentCalendar calendar;

    @Inject
    CurrentUser user;

    @PUT
    @Path("/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load a year's holiday notice (国务院办公厅节假日安排通知)",
            description = "Replaces the year's notice. Every date must lie in the year (New Year may begin in the "
                    + "previous December); make-up working days must be Saturdays or Sundays; off-day ranges must not "
                    + "overlap. The notice is published on govopen.reference.calendar: every service applies it and "
                    + "recomputes its open deadlines that it affects, provisional ones first.")
    public LoadedYearView load(@PathParam("year") int year, @Valid HolidayNotice notice) {
        if (notice.year() != year) {
            throw new InvalidInputException("year", "请求体中的年份 " + notice.year() + " 与地址中的年份 " + year + " 不一致");
        }
        CalendarYear stored = service.load(notice, user.name());
        calendar.apply(notice);
        return new LoadedYearView(year, stored.loadedAt, stored.loadedBy, notice);
    }
}
