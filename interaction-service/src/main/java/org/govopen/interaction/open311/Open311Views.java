package org.govopen.interaction.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.interaction.api.PublishedMessageView;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.service.MessageIntake;

/**
 * The GeoReport v2 answers, field by field in the spec's order. A request never names or reaches its writer; its
 * description is the published text (公开选登, masked) or nothing: what a citizen wrote is not public until it is
 * published.
 */
final class Open311Views {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When the list of services last changed (the categories): a client caches the services until it does. */
    static final String CHANGESET = "2026-12-02T01:00:00+08:00";
    static final String GROUP = "政民互动";

    /** W3C datetime, Beijing time, to the second: {@code 2026-11-02T09:00:00+08:00}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Open311Views() {
    }

    static Open311Document discovery(String endpointUrl, String jurisdictionId) {
        Map<String, Object> endpoint = Open311Document.fields();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", endpointUrl);
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Document.Items("format", List.of("application/json", "text/xml")));
        Map<String, Object> d = Open311Document.fields();
        d.put("changeset", CHANGESET);
        d.put("contact", "政民互动平台（" + jurisdictionId + "）：网站留言或拨打 12345 政务服务便民热线");
        d.put("key_service", "提交诉求（POST requests）须使用平台发放的 api_key，请向本级政务公开办公室申请；查询无需 api_key");
        d.put("endpoints", new Open311Document.Items("endpoint", List.of(endpoint)));
        return new Open311Document("discovery", d);
    }

    static Open311Document services() {
        return Open311Document.list("services", "service", Arrays.stream(MessageCategory.values()).map(Open311Views::service).toList());
    }

    private static Map<String, Object> service(MessageCategory c) {
        Map<String, Object> s = Open311Document.fields();
        s.put("service_code", c.name());
        s.put("service_name", c.label());
        s.put("description", description(c));
        s.put("metadata", false);
        s.put("type", "realtime");
        s.put("keywords", keywords(c));
        s.put("group", GROUP);
        return s;
    }

    /** The service has no attributes (metadata false): the list is empty. */
    static Open311Document definition(MessageCategory c) {
        Map<String, Object> d = Open311Document.fields();
        d.put("service_code", c.name());
        d.put("attributes", new Open311Document.Items("attribute", List.of()));
        return new Open311Document("service_definition", d);
    }

    /** POST requests: the number at once (the token too: the tracking code), and when the reply is due. */
    static Open311Document filed(MessageIntake.Received r) {
        Message m = r.message();
        Map<String, Object> f = Open311Document.fields();
        f.put("service_request_id", m.number);
        f.put("token", m.trackingCode);
        f.put("service_notice", r.replyDue() == null ? notice(m)
                : r.replyDue().workingDays() + " 个工作日内答复，至 " + r.replyDue().dueDate());
        f.put("account_id", null);
        return Open311Document.list("service_requests", "request", List.of(f));
    }

    static Open311Document requests(List<Message> messages) {
        return Open311Document.list("service_requests", "request", messages.stream().map(Open311Views::request).toList());
    }

    private static Map<String, Object> request(Message m) {
        boolean closed = m.state.isAnswered();
        Map<String, Object> r = Open311Document.fields();
        r.put("service_request_id", m.number);
        r.put("status", closed ? "closed" : "open");
        r.put("status_notes", m.state.label());
        r.put("service_name", m.category.label());
        r.put("service_code", m.category.name());
        if (m.published) {
            r.put("description", PublishedMessageView.of(m).text());
        }
        r.put("agency_responsible", m.handlingUnit());
        String notice = notice(m);
        if (notice != null) {
            r.put("service_notice", notice);
        }
        r.put("requested_datetime", time(m.receivedAt));
        r.put("updated_datetime", time(m.updatedAt));
        if (!closed && m.replyDueAt != null) {
            r.put("expected_datetime", time(m.replyDueAt));
        }
        return r;
    }

    static Open311Document token(Message m) {
        Map<String, Object> t = Open311Document.fields();
        t.put("service_request_id", m.number);
        t.put("token", m.trackingCode);
        return Open311Document.list("service_requests", "request", List.of(t));
    }

    /** {@code [{"code": 400, "description": "…"}]}, {@code <errors><error><code>400</code>…}. */
    static Open311Document errors(int status, List<String> descriptions) {
        return Open311Document.list("errors", "error", descriptions.stream().map(d -> {
            Map<String, Object> e = Open311Document.fields();
            e.put("code", status);
            e.put("description", d);
            return e;
        }).toList());
    }

    private static String notice(Message m) {
        if (m.state.isAnswered()) {
            if (m.mergedInto != null && m.repliedAt == null) {
                return "已并入同一事项的留言，随其答复";
            }
            return m.repliedAt == null ? null
                    : "已于 " + m.repliedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate() + " 答复";
        }
        return m.replyDueDate == null ? null : "答复期限至 " + m.replyDueDate;
    }

    static String time(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(WorkdayCalendar.ZONE).format(TIME);
    }

    private static String description(MessageCategory c) {
        return switch (c) {
            case CONSULTATION -> "向政府部门咨询政策、办事流程或公共服务";
            case SUGGESTION -> "对政府工作、公共服务或城市管理提出意见建议";
            case COMPLAINT -> "投诉公共服务、市容环境、噪音扰民或工作人员作风等问题";
            case REQUEST_FOR_HELP -> "生活中遇到困难，向政府部门求助";
            case REPORT -> "举报违法违规行为";
            case OTHER -> "其他诉求";
        };
    }

    private static String keywords(MessageCategory c) {
        return switch (c) {
            case CONSULTATION -> "咨询, 政策, 办事, 流程";
            case SUGGESTION -> "建议, 意见, 改进";
            case COMPLAINT -> "投诉, 噪音, 环境, 市容, 服务态度";
            case REQUEST_FOR_HELP -> "求助, 困难, 救助";
            case REPORT -> "举报, 违法, 违规";
            case OTHER -> "其他";
        };
    }
}
