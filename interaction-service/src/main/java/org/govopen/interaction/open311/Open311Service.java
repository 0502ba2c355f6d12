package org.govopen.interaction.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;
import org.govopen.commons.validation.ControlCharacters;
import org.govopen.commons.validation.DateBounds;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.service.InteractionConfig;
import org.govopen.interaction.service.MessageIntake;

/**
 * Open311 GeoReport v2 on the platform's messages: the categories are the services, a civic app's request becomes a
 * message of channel {@link MessageChannel#OPEN311} (受理 as any other, with its number, reply period and due date),
 * and every message — whichever way it came — is a service request anyone may look up, without its writer and with
 * its text only once published (公开选登), masked.
 */
@ApplicationScoped
public class Open311Service {

    /** GeoReport v2: GET requests answers at most 1000 requests, of at most 90 days, the last 90 by default. */
    static final int MAX_RESULTS = 1000;
    static final Duration MAX_RANGE = Duration.ofDays(90);
    static final int MAX_DESCRIPTION = 5000;
    static final String ACTOR = "Open311";

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]+\\.[^@\\s]+");

    /** The form of POST requests, as sent (form-encoded); read and checked by {@link #file}. */
    public record Filing(String apiKey, String jurisdictionId, String serviceCode, String description, String lat,
                         String lon, String addressString, String email, String firstName, String lastName, String phone) {
    }

    @Inject
    InteractionConfig config;

    @Inject
    MessageIntake intake;

    @Inject
    GovClock clock;

    /** A jurisdiction_id, when given, must be this endpoint's: 404 otherwise (GeoReport v2). */
    public void checkJurisdiction(String jurisdictionId) {
        String given = blankToNull(jurisdictionId);
        if (given != null && !given.equals(config.open311().jurisdictionId())) {
            throw new ResourceNotFoundException("jurisdiction_id", printable(given));
        }
    }

    /** A service (the category of that code); 404 for an unknown code. */
    public MessageCategory service(String serviceCode) {
        MessageCategory c = categoryOf(serviceCode);
        if (c == null) {
            throw new ResourceNotFoundException("service_code", printable(serviceCode));
        }
        return c;
    }

    /**
     * POST requests: the api_key first (403: missing or not one of {@code govopen.interaction.open311.api-keys}; none
     * configured, filing is closed), then the form (400 naming the field). Received as a message of the Open311
     * office; the contact is stored for staff, never shown; a location is added to the text for the office.
     */
    public MessageIntake.Received file(Filing f) {
        if (!keyAccepted(f.apiKey())) {
            throw new io.quarkus.security.ForbiddenException(blankToNull(f.apiKey()) == null
                    ? "api_key 缺失：提交诉求须提供平台发放的 api_key" : "api_key 无效：提交诉求须提供平台发放的 api_key");
        }
        checkJurisdiction(f.jurisdictionId());
        List<org.govopen.commons.problem.Violation> violations = new ArrayList<>();
        String code = blankToNull(f.serviceCode());
        MessageCategory category = categoryOf(code);
        if (code == null) {
            violations.add(violation("service_code", "不能为空"));
        } else if (category == null) {
            violations.add(violation("service_code", "没有这个服务：" + printable(code) + "（见 services）"));
        }
        String description = blankToNull(f.description());
        if (description == null) {
            violations.add(violation("description", "不能为空"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(violation("description", "不能超过 " + MAX_DESCRIPTION + " 个字符（收到 " + description.length() + " 个）"));
        }
        Double lat = coordinate("lat", f.lat(), 90, violations);
        Double lon = coordinate("long", f.lon(), 180, violations);
        if ((lat == null) != (lon == null) && !hasViolation(violations, "lat") && !hasViolation(violations, "long")) {
            violations.add(violation(lat == null ? "lat" : "long", "lat 与 long 须同时提供"));
        }
        String address = text("address_string", f.addressString(), 300, violations);
        String email = text("email", f.email(), 200, violations);
        if (email != null && !EMAIL.matcher(email).matches()) {
            violations.add(violation("email", "须为电子邮件地址"));
        }
        String phone = text("phone", f.phone(), 20, violations);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add(violation("phone", "须为电话号码"));
        }
        String first = text("first_name", f.firstName(), 50, violations);
        String last = text("last_name", f.lastName(), 50, violations);
        for (var field : Map.of("service_code", nullToEmpty(f.serviceCode()), "description", nullToEmpty(f.description()),
                "jurisdiction_id", nullToEmpty(f.jurisdictionId())).entrySet()) {
            String problem = ControlCharacters.problem(field.getValue());
            if (problem != null && !hasViolation(violations, field.getKey())) {
                violations.add(violation(field.getKey(), problem));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        var in = new MessageIntake.Incoming(MessageChannel.OPEN311, null, null, category, null,
                withLocation(description, address, lat, lon), null, config.open311().officeUnit(), null,
                name(first, last), phone, email, null, false);
        return intake.receive(in, ACTOR);
    }

    /** GET requests/{id}: 404 for an unknown number. */
    public Message request(String serviceRequestId) {
        String number = blankToNull(serviceRequestId);
        Message m = number == null || number.length() > 64 ? null
                : Message.<Message>find("number", number.toUpperCase(Locale.ROOT)).firstResult();
        if (m == null) {
            throw new ResourceNotFoundException("service_request_id", printable(serviceRequestId));
        }
        return m;
    }

    /** GET tokens/{token}: the token is the message's tracking code (查询码); 404 for an unknown one. */
    public Message byToken(String token) {
        String code = blankToNull(token);
        Message m = code == null || code.length() > 64 ? null
                : Message.<Message>find("trackingCode", code.toUpperCase(Locale.ROOT)).firstResult();
        if (m == null) {
            throw new ResourceNotFoundException("token", printable(token));
        }
        return m;
    }

    /**
     * GET requests: by service_request_id (a comma-separated list; the other parameters are then ignored), else those
     * received from start_date to end_date (at most 90 days; without either the last 90 days), of the service codes and
     * statuses given (comma-separated lists), newest first, at most {@value #MAX_RESULTS}. Reads the {@code message}
     * table alone, along its index on {@code received_at}.
     */
    public List<Message> requests(String serviceRequestIds, String serviceCodes, String startDate, String endDate,
                                  String status) {
        Set<String> numbers = list(serviceRequestIds);
        if (!numbers.isEmpty()) {
            if (numbers.size() > MAX_RESULTS) {
                throw new InvalidInputException("service_request_id", "最多 " + MAX_RESULTS + " 个");
            }
            List<String> upper = numbers.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList();
            return Message.<Message>list("number in ?1 order by receivedAt desc, id desc", upper);
        }
        Set<MessageCategory> categories = EnumSet.noneOf(MessageCategory.class);
        for (String code : list(serviceCodes)) {
            MessageCategory c = categoryOf(code);
            if (c == null) {
                throw new InvalidInputException("service_code", "没有这个服务：" + printable(code) + "（见 services）");
            }
            categories.add(c);
        }
        Boolean closed = closedFilter(status);
        OffsetDateTime start = time("start_date", startDate, false);
        OffsetDateTime end = time("end_date", endDate, true);
        if (start == null && end == null) {
            end = clock.now();
            start = end.minus(MAX_RANGE);
        } else if (start == null) {
            start = end.minus(MAX_RANGE);
        } else if (end == null) {
            end = start.plus(MAX_RANGE);
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("start_date", "不能晚于 end_date");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidInputException("end_date", "start_date 至 end_date 不能超过 90 天");
        }
        StringBuilder where = new StringBuilder("receivedAt >= :start and receivedAt <= :end");
        Map<String, Object> params = new HashMap<>();
        params.put("start", start);
        params.put("end", end);
        if (!categories.isEmpty() && categories.size() < MessageCategory.values().length) {
            where.append(" and category in :categories");
            params.put("categories", categories);
        }
        if (closed != null) {
            Set<MessageState> states = EnumSet.noneOf(MessageState.class);
            for (MessageState s : MessageState.values()) {
                if (s.isAnswered() == closed) {
                    states.add(s);
                }
            }
            where.append(" and state in :states");
            params.put("states", states);
        }
        return Message.<Message>find(where + " order by receivedAt desc, id desc", params).range(0, MAX_RESULTS - 1).list();
    }

    // --- reading the parameters ---------------------------------------------------------------------------------

    private boolean keyAccepted(String apiKey) {
        String given = blankToNull(apiKey);
        if (given == null) {
            return false;
        }
        byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (String key : config.open311().apiKeys().orElse(List.of())) {
            if (key != null && !key.isBlank()) {
                accepted |= MessageDigest.isEqual(bytes, key.strip().getBytes(StandardCharsets.UTF_8));
            }
        }
        return accepted;
    }

    static MessageCategory categoryOf(String code) {
        String c = blankToNull(code);
        if (c == null) {
            return null;
        }
        for (MessageCategory category : MessageCategory.values()) {
            if (category.name().equalsIgnoreCase(c)) {
                return category;
            }
        }
        return null;
    }

    /** open, closed or both (comma-separated); null: no filter. */
    private static Boolean closedFilter(String status) {
        boolean open = false;
        boolean closed = false;
        for (String s : list(status)) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw new InvalidInputException("status", "须为 open 或 closed，收到：" + printable(s));
            }
        }
        return open == closed ? null : closed;
    }

    /**
     * A W3C datetime with its offset ({@code 2026-11-02T09:00:00+08:00}, {@code …Z}), or a day ({@code 2026-11-02}:
     * its start, for end_date its end, Beijing time); 400 for anything else or outside the years the platform knows.
     */
    static OffsetDateTime time(String field, String value, boolean endOfDay) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(v);
        } catch (DateTimeParseException notATime) {
            try {
                LocalDate day = LocalDate.parse(v);
                t = (endOfDay ? day.plusDays(1) : day).atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
                if (endOfDay) {
                    t = t.minusNanos(1000);
                }
            } catch (DateTimeParseException notADay) {
                throw new InvalidInputException(field,
                        "须为含时区的 ISO 8601 日期时间，如 2026-11-02T09:00:00+08:00，收到：" + printable(v));
            }
        }
        String outside = DateBounds.problem(t);
        if (outside != null) {
            throw new InvalidInputException(field, outside);
        }
        return t;
    }

    private static Double coordinate(String field, String value, double limit, List<org.govopen.commons.problem.Violation> out) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && Math.abs(d) <= limit && v.matches("[+-]?[0-9]{1,3}(\\.[0-9]{1,15})?")) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        out.add(violation(field, "须为 -" + (int) limit + " 至 " + (int) limit + " 之间的十进制度数，收到：" + printable(v)));
        return null;
    }

    private static String text(String field, String value, int max, List<org.govopen.commons.problem.Violation> out) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        String problem = ControlCharacters.problem(v);
        if (problem != null) {
            out.add(violation(field, problem));
            return null;
        }
        if (v.length() > max) {
            out.add(violation(field, "不能超过 " + max + " 个字符"));
            return null;
        }
        return v;
    }

    /** The office needs to know where: the location follows the citizen's words. */
    private static String withLocation(String description, String address, Double lat, Double lon) {
        if (address == null && lat == null) {
            return description;
        }
        StringBuilder s = new StringBuilder(description.strip()).append("\n\n【位置】");
        if (address != null) {
            s.append(address);
        }
        if (lat != null) {
            s.append(address != null ? "（" : "").append("纬度 ").append(lat).append("，经度 ").append(lon)
                    .append(address != null ? "）" : "");
        }
        return s.toString();
    }

    /** 姓在前: {@code 张} + {@code 三} is 张三; Latin names keep "first last". */
    static String name(String first, String last) {
        if (first == null || last == null) {
            return first != null ? first : last;
        }
        boolean latin = (first + last).chars().allMatch(c -> c < 0x2E80);
        return latin ? first + " " + last : last + first;
    }

    private static Set<String> list(String commaSeparated) {
        Set<String> out = new LinkedHashSet<>();
        if (commaSeparated == null) {
            return out;
        }
        for (String part : commaSeparated.split(",")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean hasViolation(List<org.govopen.commons.problem.Violation> violations, String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    private static org.govopen.commons.problem.Violation violation(String field, String message) {
        return new org.govopen.commons.problem.Violation(field, message);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** At most 60 characters of what the client sent, for a message. */
    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
