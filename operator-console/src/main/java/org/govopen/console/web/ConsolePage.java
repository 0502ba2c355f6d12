package org.govopen.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.commons.time.GovClock;
import org.govopen.console.api.AlertForms;
import org.govopen.console.api.AlertGroupDetailView;
import org.govopen.console.api.AlertGroupFilter;
import org.govopen.console.api.AlertGroupView;
import org.govopen.console.api.UnitCountView;
import org.govopen.console.service.AlertHandling;
import org.govopen.console.service.AlertNotifications;
import org.govopen.console.service.AlertQueries;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The duty officer's page (值班台), in Chinese: the open alert groups most urgent first with filters and counts per
 * unit, updated live (server-sent events: a change anywhere refreshes the list within a second), acknowledge / assign /
 * resolve by a click (htmx), a detail view with the history and a link to the case, and a wall view for the duty
 * room. Signed in by a bearer token kept in an HTTP-only, same-site cookie (the API takes the same token as an
 * {@code Authorization} header); production puts the identity provider's login in front.
 */
@Path("/console")
public class ConsolePage {

    static final String COOKIE = "govopen_console_token";
    private static final Set<String> OPERATORS = Set.of(Roles.OPERATOR, Roles.SUPERVISOR);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AlertGroupFilter filters, List<AlertRow> rows, long total, List<UnitCountView> counts,
                                            String user, String unit);

        static native TemplateInstance alerts(AlertGroupFilter filters, List<AlertRow> rows, long total, List<UnitCountView> counts);

        static native TemplateInstance wall(List<AlertRow> rows, long total, List<UnitCountView> counts, String unit, String now);

        static native TemplateInstance wallboard(List<AlertRow> rows, long total, List<UnitCountView> counts, String unit, String now);

        static native TemplateInstance detail(AlertGroupDetailView detail, AlertRow row, String user);

        static native TemplateInstance login(String error);
    }

    @Inject
    AlertQueries queries;

    @Inject
    AlertHandling handling;

    @Inject
    AlertNotifications notifications;

    @Inject
    CurrentUser user;

    @Inject
    JWTParser parser;

    @Inject
    GovClock clock;

    @Inject
    Validator validator;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response showConsole(@Valid @BeanParam AlertGroupFilter f) {
        if (!signedIn()) {
            return toLogin();
        }
        Page<AlertGroupView> page = queries.list(f, new PageRequest(0, 200, null));
        return Response.ok(Templates.page(f, rows(page), page.total(), queries.countsByUnit(f.unit()),
                user.name(), user.unit())).build();
    }

    @GET
    @Path("/alerts")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    public TemplateInstance listFragment(@Valid @BeanParam AlertGroupFilter f) {
        Page<AlertGroupView> page = queries.list(f, new PageRequest(0, 200, null));
        return Templates.alerts(f, rows(page), page.total(), queries.countsByUnit(f.unit()));
    }

    @GET
    @Path("/wall")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response showWall(@QueryParam("fragment") @jakarta.ws.rs.DefaultValue("false") boolean fragment) {
        if (!signedIn()) {
            return toLogin();
        }
        Page<AlertGroupView> page = queries.list(new AlertGroupFilter(), new PageRequest(0, 30, null));
        String now = clock.now().atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
        List<UnitCountView> counts = queries.countsByUnit(null);
        return Response.ok(fragment ? Templates.wallboard(rows(page), page.total(), counts, user.unit(), now)
                : Templates.wall(rows(page), page.total(), counts, user.unit(), now)).build();
    }

    @GET
    @Path("/groups/{id}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response showGroup(@PathParam("id") UUID id) {
        if (!signedIn()) {
            return toLogin();
        }
        AlertGroupDetailView d = queries.get(id);
        return Response.ok(Templates.detail(d, AlertRow.of(d.group(), clock.now()), user.name())).build();
    }

    @POST
    @Path("/groups/{id}/acknowledge")
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") UUID id, @FormParam("note") String note) {
        handling.acknowledge(id, valid(new AlertForms.Acknowledge(blankToNull(note))).note());
        return changed();
    }

    @POST
    @Path("/groups/{id}/assign")
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, @FormParam("assignee") String assignee, @FormParam("note") String note) {
        AlertForms.Assign form = valid(new AlertForms.Assign(blankToNull(assignee), blankToNull(note)));
        handling.assign(id, form.assignee(), form.note());
        return changed();
    }

    @POST
    @Path("/groups/{id}/resolve")
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        handling.resolve(id, valid(new AlertForms.Resolve(blankToNull(reason))).reason());
        return changed();
    }

    /** The page's live updates: {@code changed} whenever an alert group in the console changed, a ping every 20 s. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR})
    public Multi<String> stream() {
        return Multi.createBy().merging().streams(notifications.news(),
                Multi.createFrom().ticks().every(Duration.ofSeconds(20)).map(t -> "ping"));
    }

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public TemplateInstance showLogin(@QueryParam("error") String error) {
        return Templates.login(error);
    }

    @POST
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public Response signIn(@FormParam("token") String token, @Context UriInfo uri) {
        String t = token == null ? "" : token.strip().replaceFirst("^(?i)bearer\\s+", "");
        try {
            JsonWebToken jwt = parser.parse(t);
            if (jwt.getGroups().stream().noneMatch(OPERATORS::contains)) {
                return Response.ok(Templates.login("该令牌不是值守人员（operator）或公开办负责人（supervisor）的令牌")).build();
            }
            if (jwt.getClaim(CurrentUser.UNIT_CLAIM) == null) {
                return Response.ok(Templates.login("令牌中缺少所属单位（unit）")).build();
            }
        } catch (ParseException e) {
            return Response.ok(Templates.login("令牌无效或已过期")).build();
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(t).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure("https".equals(uri.getBaseUri().getScheme()))
                .maxAge((int) Duration.ofHours(12).toSeconds()).build();
        return Response.seeOther(URI.create("/console")).cookie(cookie).build();
    }

    @POST
    @Path("/logout")
    @PermitAll
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(0).build();
        return Response.seeOther(URI.create("/console/login")).cookie(gone).build();
    }

    private boolean signedIn() {
        try {
            return user.isAuthenticated() && OPERATORS.stream().anyMatch(user::hasRole);
        } catch (AuthenticationFailedException e) {
            return false; // an expired or foreign token in the cookie: sign in again
        }
    }

    private List<AlertRow> rows(Page<AlertGroupView> page) {
        OffsetDateTime now = clock.now();
        return page.items().stream().map(g -> AlertRow.of(g, now)).toList();
    }

    private static Response toLogin() {
        return Response.seeOther(URI.create("/console/login")).build();
    }

    /** 204, and the page's list reloads (htmx's HX-Trigger); every other page hears of it through the stream. */
    private static Response changed() {
        return Response.noContent().header("HX-Trigger", "alerts-changed").build();
    }

    /** The form checked by the same constraints as the REST API's body: a 400 naming the field, before anything is done. */
    private <T> T valid(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return form;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
