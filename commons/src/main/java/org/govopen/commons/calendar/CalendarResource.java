package org.govopen.commons.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.validation.DateBounds;

/**
 * The working-day calendar as this service sees it (every service serves it, so an operator can check that
 * a loaded year reached each one). Loading a year is catalog-service's admin endpoint.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "工作日历：工作日判断与期限计算（rules.md §1）")
@PermitAll
public class CalendarResource {

    static final int MAX_WORKING_DAYS = 250;

    @Inject
    CurrentCalendar calendar;

    @GET
    @Path("/days/{date}")
    @Operation(summary = "Is this date a working day, and why",
            description = "workingDay; offDayName for a statutory off day; makeUpWorkday for a weekend day worked "
                    + "(调休); provisional when the year's notice is not loaded and only weekends are known.")
    public CalendarDay day(@PathParam("date") @Parameter(example = "2026-10-10") String date) {
        return calendar.get().day(Params.date("date", date));
    }

    @GET
    @Path("/due-date")
    @Operation(summary = "The due date of \"within N working days of D\"",
            description = "The N-th working day strictly after `from` (D itself never counts), due by the end of that "
                    + "day in Asia/Shanghai. Each `pause=STOP..RESTART` moves it later by the working days in "
                    + "(STOP, RESTART]. `crossed` lists the holidays, make-up days and paused days it stepped over.")
    public DueDate dueDate(
            @QueryParam("from") @Parameter(required = true, example = "2026-09-30") String from,
            @QueryParam("workingDays") @Parameter(required = true, example = "20") Integer workingDays,
            @QueryParam("pause") @Parameter(description = "STOP..RESTART, repeatable", example = "2026-10-12..2026-10-16")
            List<String> pauses) {
        List<Violation> problems = new ArrayList<>();
        if (workingDays == null) {
            problems.add(new Violation("workingDays", "不能为空"));
        } else if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            problems.add(new Violation("workingDays", "必须在 1 到 " + MAX_WORKING_DAYS + " 之间"));
        }
        java.time.LocalDate start = null;
        try {
            start = Params.date("from", from);
        } catch (InvalidInputException e) {
            problems.add(e.toProblem().violations().get(0));
        }
        List<Pause> parsed = new ArrayList<>();
        for (int i = 0; pauses != null && i < pauses.size(); i++) {
            try {
                Pause pause = Pause.parse(pauses.get(i));
                String outOfRange = DateBounds.problem(pause.stop()) != null ? DateBounds.problem(pause.stop())
                        : DateBounds.problem(pause.restart());
                if (outOfRange != null) {
                    problems.add(new Violation("pause[" + i + "]", outOfRange));
                    continue;
                }
                parsed.add(pause);
            } catch (RuntimeException e) {
                problems.add(new Violation("pause[" + i + "]", "应为 STOP..RESTART（YYYY-MM-DD..YYYY-MM-DD），且恢复日不早于中止日：" + pauses.get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return calendar.get().dueDate(start, workingDays, parsed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("pause", "中止区间不能重叠，也不能早于起算日：" + e.getMessage());
        }
    }

    @GET
    @Path("/years")
    @Operation(summary = "The years whose holiday notice is loaded")
    public List<Integer> years() {
        return List.copyOf(calendar.get().loadedYears());
    }

    @GET
    @Path("/years/{year}")
    @Operation(summary = "A loaded year's holiday notice")
    public HolidayNotice year(@PathParam("year") int year) {
        return calendar.get().notice(year).orElseThrow(() -> new ResourceNotFoundException("节假日安排", year));
    }
}
