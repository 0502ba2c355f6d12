import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads a small demo county into a running stack through the public REST APIs only (never SQL): 南宁市 with its
 * 民政局 and 自然资源局, 青秀区, two streets and a community; published catalogue entries in four pilot domains
 * (compiled by the unit, reviewed by the competent department, published by the disclosure office) with their
 * information, one of it late; documents with each disclosure attribute; applications in the states a demo needs;
 * the district's opinion desk; its message desk (messages and a 12345 ticket, one reply published).
 *
 * <p>Run it with {@code deploy/local/demo} after {@code deploy/local/up}. It is idempotent: everything is looked up
 * first (units answer 409 when they exist; entries are found by unit and name, information by title, documents by
 * number, applications by their fixed request text in the district's staff list) and brought forward only as far as
 * it is not yet. A second run changes nothing. Java 17, no dependencies: {@code java deploy/local/Demo.java ROOT}.
 */
public class Demo {

    static final String CATALOG = env("GOVOPEN_CATALOG_URL", "http://127.0.0.1:8081");
    static final String REQUEST = env("GOVOPEN_REQUEST_URL", "http://127.0.0.1:8082");
    static final String SENTIMENT = env("GOVOPEN_SENTIMENT_URL", "http://127.0.0.1:8083");
    static final String INTERACTION = env("GOVOPEN_INTERACTION_URL", "http://127.0.0.1:8084");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.now(SHANGHAI);

    // the demo county: unit paths
    static final String CITY = "nanning";
    static final String CIVIL_AFFAIRS = "nanning/minzheng";
    static final String NATURAL_RESOURCES = "nanning/ziranziyuan";
    static final String DISTRICT = "nanning/qingxiu";
    static final String XINZHU = "nanning/qingxiu/xinzhu";
    static final String ZHONGSHAN = "nanning/qingxiu/zhongshan";
    static final String COMMUNITY = "nanning/qingxiu/xinzhu/xinzhu-shequ";

    /** The document three applicants ask for: enough for the district's conversion threshold (3 applicants). */
    static final String MUCH_REQUESTED = "青民发〔2026〕5号";

    static Path root;
    static int created;
    static int unchanged;

    // what the closing message points at
    static String submittedEntryId;
    static String repliedCaseId;

    public static void main(String[] args) {
        root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try {
            say("loading the demo county (today is " + TODAY + ")");
            units();
            entries();
            documents();
            applications();
            opinion();
            messages();
            awaitConversionProposal();
            closingMessage();
        } catch (DemoFailure e) {
            System.err.println("demo: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    // ============================================================================================ units

    static void units() {
        say("units");
        unit(CITY, "南宁市人民政府", "CITY", null);
        unit(CIVIL_AFFAIRS, "南宁市民政局", "DEPARTMENT", List.of("social-assistance", "elderly-care", "disaster-relief"));
        unit(NATURAL_RESOURCES, "南宁市自然资源局", "DEPARTMENT", List.of("spatial-planning", "land-requisition-compensation"));
        unit(DISTRICT, "青秀区人民政府", "DISTRICT", null);
        unit(XINZHU, "新竹街道办事处", "STREET", null);
        unit(ZHONGSHAN, "中山街道办事处", "STREET", null);
        unit(COMMUNITY, "新竹社区居民委员会", "COMMUNITY", null);
    }

    /** A unit; 409 means it is there already. */
    static void unit(String path, String name, String kind, List<String> reviewDomains) {
        Reply r = call("POST", CATALOG + "/api/v1/units", token("admin", CITY, "admin.nanning"),
                obj("path", path, "name", name, "kind", kind, "reviewDomains", reviewDomains));
        if (r.status == 409) {
            existing("unit " + path + " " + name);
        } else {
            r.expect(201);
            made("unit " + path + " " + name);
        }
    }

    // ============================================================================================ catalogue

    /** An entry's elements, the unit that reviews it, and whether the demo takes it as far as publication. */
    record EntrySpec(String unit, String domain, String firstLevelItem, String secondLevelItem, String name,
                     String content, String legalBasis, String timeLimit, String responsibleBody,
                     List<String> channels, String level, String reviewer, boolean publish) {
    }

    static void entries() {
        say("catalogue entries (compile → submit → review by the competent department → publish)");
        String minimumLiving = entry(new EntrySpec(DISTRICT, "social-assistance", "城乡低保", "低保对象认定",
                "城乡最低生活保障对象认定条件、程序及结果",
                "最低生活保障申请条件、办理程序、保障标准、审核确认结果及投诉举报渠道",
                "《社会救助暂行办法》第九条至第十五条；《最低生活保障审核确认办法》",
                "自信息形成或变更之日起20个工作日内", "青秀区民政局",
                List.of("GOVERNMENT_WEBSITE", "BULLETIN_BOARD"), "COUNTY", CIVIL_AFFAIRS, true));
        String oldAge = entry(new EntrySpec(DISTRICT, "elderly-care", "养老服务", "高龄津贴",
                "80周岁以上老年人高龄津贴发放",
                "发放对象、发放标准、申领程序、按月发放名单",
                "《中华人民共和国老年人权益保障法》第三十三条；《广西壮族自治区实施〈中华人民共和国老年人权益保障法〉办法》",
                "自信息形成或变更之日起20个工作日内", "青秀区民政局",
                List.of("GOVERNMENT_WEBSITE", "NEW_MEDIA"), "COUNTY", CIVIL_AFFAIRS, true));
        String landCompensation = entry(new EntrySpec(DISTRICT, "land-requisition-compensation", "征地补偿", "征地补偿安置方案",
                "征地补偿安置方案公告",
                "征收范围、土地现状、征收目的、补偿方式和标准、安置对象、安置方式、社会保障",
                "《中华人民共和国土地管理法》第四十七条、第四十八条；《中华人民共和国土地管理法实施条例》第二十七条",
                "征收土地预公告发布后，拟定方案之日起20个工作日内公告，公告期不少于30日", "青秀区人民政府",
                List.of("GOVERNMENT_WEBSITE", "BULLETIN_BOARD", "VILLAGE_BOARD"), "COUNTY", NATURAL_RESOURCES, true));
        submittedEntryId = entry(new EntrySpec(DISTRICT, "spatial-planning", "城乡规划", "控制性详细规划",
                "控制性详细规划批前公示及批后公布",
                "规划范围、规划图则、用地性质、开发强度等主要控制指标，公众意见反馈渠道",
                "《中华人民共和国城乡规划法》第二十六条、第四十条",
                "批前公示不少于30日；批准之日起20个工作日内公布", "青秀区人民政府",
                List.of("GOVERNMENT_WEBSITE", "BULLETIN_BOARD"), "COUNTY", NATURAL_RESOURCES, false));
        String temporaryAid = entry(new EntrySpec(XINZHU, "social-assistance", "临时救助", null,
                "临时救助对象审核确认",
                "临时救助申请条件、办理流程、救助标准、审核确认结果",
                "《社会救助暂行办法》第四十七条至第五十条",
                "自信息形成或变更之日起20个工作日内", "新竹街道办事处",
                List.of("GOVERNMENT_WEBSITE", "SERVICE_HALL"), "TOWNSHIP", DISTRICT, true));
        entry(new EntrySpec(ZHONGSHAN, "elderly-care", "养老服务", "居家养老",
                "居家养老服务补贴申领",
                "补贴对象、补贴标准、申领材料和程序、审核结果",
                "《南宁市居家养老服务补贴管理办法》",
                "自信息形成或变更之日起20个工作日内", "中山街道办事处",
                List.of("GOVERNMENT_WEBSITE", "SERVICE_HALL"), "TOWNSHIP", CIVIL_AFFAIRS, true));
        String communityList = entry(new EntrySpec(COMMUNITY, "social-assistance", "城乡低保", "低保对象认定",
                "低保申请家庭民主评议及公示",
                "申请家庭户主姓名（脱敏）、家庭人口、拟保障金额、评议结果",
                "《最低生活保障审核确认办法》第十九条",
                "民主评议后公示7天", "新竹社区居民委员会",
                List.of("VILLAGE_BOARD"), "VILLAGE", XINZHU, true));

        say("information published under the entries");
        item(minimumLiving, DISTRICT, "青秀区2026年11月城乡最低生活保障对象名单",
                "本月城市低保对象1,286户2,311人，农村低保对象2,045户4,872人，名单附后（已去除个人身份信息）。",
                null, workingDaysAgo(12), workingDaysAgo(10));
        item(minimumLiving, DISTRICT, "青秀区人民政府办公室关于调整城乡最低生活保障标准的通知",
                "自2026年10月1日起，城市低保标准调整为每人每月950元，农村低保标准调整为每人每年7,800元。",
                "青政办发〔2026〕18号", workingDaysAgo(30), workingDaysAgo(27));
        item(oldAge, DISTRICT, "青秀区2026年11月高龄津贴发放名单",
                "本月向全区80周岁以上老年人发放高龄津贴，名单待审核后公开。", null, workingDaysAgo(3), null);
        // formed 45 working days ago, published 5 days ago: 20 working days late (条例第二十六条)
        item(landCompensation, DISTRICT, "青秀区2026年第三批次城市建设用地征地补偿安置方案公告（长塘镇）",
                "征收长塘镇集体土地12.36公顷，用于城市基础设施建设；补偿标准按《南宁市征收农用地区片综合地价》执行。",
                "青政征〔2026〕21号", workingDaysAgo(45), workingDaysAgo(5));
        item(temporaryAid, XINZHU, "新竹街道2026年第三季度临时救助审核确认结果",
                "第三季度共审核确认临时救助对象37户，发放救助金12.6万元。", null, workingDaysAgo(20), workingDaysAgo(16));
        item(communityList, COMMUNITY, "新竹社区2026年第四季度低保申请家庭民主评议结果公示",
                "经民主评议，拟新增低保家庭3户，公示期7天，如有异议请向社区居委会反映。", null,
                workingDaysAgo(4), workingDaysAgo(4));
    }

    /** Finds the entry by unit and name or compiles it, then takes it through its life cycle as far as the spec says. */
    static String entry(EntrySpec s) {
        String clerk = token("clerk", s.unit, "clerk." + s.unit.replace('/', '.'));
        Map<String, Object> e = findEntry(s.unit, s.name);
        if (e != null && (str(e, "state").equals(s.publish ? "PUBLISHED" : "SUBMITTED"))) {
            existing("entry " + s.unit + " 「" + s.name + "」 " + str(e, "state"));
            return str(e, "id");
        }
        if (e == null) {
            e = map(call("POST", CATALOG + "/api/v1/entries", clerk, obj(
                    "unit", s.unit, "domain", s.domain, "firstLevelItem", s.firstLevelItem,
                    "secondLevelItem", s.secondLevelItem, "name", s.name, "content", s.content,
                    "legalBasis", s.legalBasis, "timeLimit", s.timeLimit, "responsibleBody", s.responsibleBody,
                    "method", "PROACTIVE", "channels", s.channels, "audience", "PUBLIC", "level", s.level))
                    .expect(201).json());
            made("entry " + s.unit + " 「" + s.name + "」 compiled");
        }
        String id = str(e, "id");
        if (str(e, "state").equals("DRAFT") || str(e, "state").equals("RETURNED")) {
            e = map(call("POST", CATALOG + "/api/v1/entries/" + id + "/submit", clerk, null).expect(200).json());
            made("entry 「" + s.name + "」 submitted for review by " + s.reviewer);
        }
        if (s.publish && str(e, "state").equals("SUBMITTED")) {
            String reviewer = token("reviewer", s.reviewer, "reviewer." + s.reviewer.replace('/', '.'));
            e = map(call("POST", CATALOG + "/api/v1/entries/" + id + "/approve", reviewer,
                    obj("comment", "要素齐全，依据准确，同意发布")).expect(200).json());
            made("entry 「" + s.name + "」 approved by " + s.reviewer);
        }
        if (s.publish && str(e, "state").equals("APPROVED")) {
            call("POST", CATALOG + "/api/v1/entries/" + id + "/publish", supervisor(), null).expect(200);
            made("entry 「" + s.name + "」 published");
        }
        return id;
    }

    static Map<String, Object> findEntry(String unit, String name) {
        Object page = call("GET", CATALOG + "/api/v1/entries?size=500&unit=" + enc(unit), supervisor(), null)
                .expect(200).json();
        for (Object e : items(page)) {
            if (unit.equals(str(e, "unit")) && name.equals(str(e, "name"))) {
                return map(e);
            }
        }
        return null;
    }

    /** Information under a published entry, found by its title; without publishedOn it stays due. */
    static void item(String entryId, String unit, String title, String body, String documentNumber,
                     LocalDate formedOn, LocalDate publishedOn) {
        String clerk = token("clerk", unit, "clerk." + unit.replace('/', '.'));
        Object items = call("GET", CATALOG + "/api/v1/entries/" + entryId + "/items", clerk, null).expect(200).json();
        for (Object i : items(items)) {
            if (title.equals(str(i, "title"))) {
                existing("information 「" + title + "」" + (Boolean.TRUE.equals(map(i).get("late")) ? " (late)" : ""));
                return;
            }
        }
        Map<String, Object> i = map(call("POST", CATALOG + "/api/v1/entries/" + entryId + "/items", clerk, obj(
                "title", title, "body", body, "documentNumber", documentNumber,
                "formedOn", formedOn, "publishedOn", publishedOn)).expect(201).json());
        made("information 「" + title + "」 formed " + formedOn
                + (publishedOn == null ? ", still to publish by " + str(i, "dueOn")
                : ", published " + publishedOn + (Boolean.TRUE.equals(i.get("late")) ? ", LATE (due " + str(i, "dueOn") + ")" : "")));
    }

    // ============================================================================================ documents

    static void documents() {
        say("documents and their disclosure attributes");
        document("青政办发〔2026〕18号", "青秀区人民政府办公室关于调整城乡最低生活保障标准的通知",
                "PROACTIVE", null, workingDaysAgo(30), "https://www.qingxiu.gov.cn/xxgk/2026/dbbz.html");
        document(MUCH_REQUESTED, "青秀区民政局关于2026年度特困人员救助供养资金安排的批复", "ON_REQUEST",
                "批复仅涉及特定单位和事项，不具有普遍约束力，依申请公开", workingDaysAgo(60), null);
        Map<String, Object> personnel = document("青政办函〔2026〕33号", "关于青秀区民政局2026年度干部调配事项的函",
                "NOT_DISCLOSED", "属于人事管理等内部事务信息，依据《中华人民共和国政府信息公开条例》第十六条第一款不予公开",
                workingDaysAgo(50), null);
        recheck(personnel, "NOT_DISCLOSED", "复核后仍属人事管理内部事务信息，维持不予公开");
        Map<String, Object> superseded = document("青政办发〔2019〕7号", "青秀区人民政府办公室关于印发青秀区高龄津贴发放管理办法的通知",
                "PROACTIVE", null, LocalDate.of(2019, 3, 15), "https://www.qingxiu.gov.cn/xxgk/2019/gljt.html");
        obsolete(superseded, "已被《青秀区高龄津贴发放管理办法（2026年修订）》（青政办发〔2026〕20号）废止", workingDaysAgo(8));
        cleanup("2026年度行政规范性文件清理结果：废止1件");
    }

    /** A document of the district, found by its number or registered; 依申请公开 and 不予公开 with their reason. */
    static Map<String, Object> document(String number, String title, String attribute, String reason,
                                        LocalDate formedOn, String url) {
        Map<String, Object> d = findDocument(number);
        if (d != null) {
            existing("document " + number + " " + str(d, "attributeLabel") + " " + str(d, "status"));
            return d;
        }
        d = map(call("POST", CATALOG + "/api/v1/documents", districtClerk(), obj("unit", DISTRICT,
                "documentNumber", number, "title", title, "attribute", attribute, "reason", reason,
                "formedOn", formedOn, "url", url)).expect(201).json());
        made("document " + number + " 「" + title + "」 " + str(d, "attributeLabel"));
        return d;
    }

    static Map<String, Object> findDocument(String number) {
        Object page = call("GET", CATALOG + "/api/v1/documents?size=500&unit=" + enc(DISTRICT), districtClerk(), null)
                .expect(200).json();
        for (Object d : items(page)) {
            if (number.equals(str(d, "documentNumber"))) {
                return map(d);
            }
        }
        return null;
    }

    /** The periodic re-check of a document not proactively disclosed, once. */
    static void recheck(Map<String, Object> document, String attribute, String reason) {
        String id = str(document, "id");
        if (!items(call("GET", CATALOG + "/api/v1/documents/" + id + "/rechecks", districtClerk(), null)
                .expect(200).json()).isEmpty()) {
            existing("re-check of " + str(document, "documentNumber"));
            return;
        }
        call("POST", CATALOG + "/api/v1/documents/" + id + "/rechecks", districtClerk(),
                obj("attribute", attribute, "reason", reason, "decidedOn", workingDaysAgo(2))).expect(201);
        made("re-check of " + str(document, "documentNumber") + ": attribute kept");
    }

    static void obsolete(Map<String, Object> document, String reason, LocalDate on) {
        if (!"IN_FORCE".equals(str(document, "status"))) {
            existing("document " + str(document, "documentNumber") + " obsolete");
            return;
        }
        call("POST", CATALOG + "/api/v1/documents/" + str(document, "id") + "/obsolete", districtClerk(),
                obj("reason", reason, "obsoleteOn", on)).expect(200);
        made("document " + str(document, "documentNumber") + " declared obsolete");
    }

    /** The district's clean-up result, published when an obsolete document is not yet in one. */
    static void cleanup(String note) {
        Object page = call("GET", CATALOG + "/api/v1/documents?status=OBSOLETE&size=500&unit=" + enc(DISTRICT),
                districtClerk(), null).expect(200).json();
        boolean pending = items(page).stream().anyMatch(d -> DISTRICT.equals(str(d, "unit")) && str(d, "cleanupId") == null);
        if (!pending) {
            existing("clean-up result of " + DISTRICT);
            return;
        }
        call("POST", CATALOG + "/api/v1/documents/cleanups?unit=" + enc(DISTRICT), supervisor(), obj("note", note))
                .expect(201);
        made("clean-up result of " + DISTRICT + " published");
    }

    // ============================================================================================ applications

    /** An application as the demo registers it; {@code description} is its fixed marker. */
    record Registration(String applicantKind, String name, String idType, String idNumber, String phone, String email,
                        String address, String unit, String description, String documentNumber, String documentTitle,
                        String purpose, String channel, LocalDate submittedOn, String provisionForm,
                        String deliveryMethod) {
    }

    static Map<String, String> caseIdsByDescription;

    static void applications() {
        say("applications for disclosure (依申请公开)");
        caseIdsByDescription = demoCases();
        freshInPerson();
        freshOnline();
        freshFromHotline();
        inCorrection();
        inConsultation();
        extended();
        repliedWithLetter();
        archived();
        overdue();
        dueTomorrow();
    }

    /** 超期: in handling, 25 working days after receipt and not replied: its breach is on the operator console. */
    static void overdue() {
        reviewAndHandOver(application(new Registration("NATURAL_PERSON", "孙立新", "RESIDENT_ID_CARD",
                residentId("45010319680214803"), "0771-5723961", null, "南宁市青秀区东葛路", DISTRICT,
                "申请公开青秀区2026年老旧小区改造项目的资金预算及施工单位招标结果", null, null, "了解本小区改造安排",
                "IN_PERSON", workingDaysAgo(25), "PAPER", "PICK_UP")));
    }

    /** 即将到期: in handling, due the next working day: its warning is on the operator console. */
    static void dueTomorrow() {
        reviewAndHandOver(application(new Registration("NATURAL_PERSON", "韦春燕", "RESIDENT_ID_CARD",
                residentId("45010319920730904"), "0771-5618420", null, "南宁市青秀区凤岭北路", DISTRICT,
                "申请公开青秀区2026年义务教育阶段学校招生划片方案", null, null, "了解子女入学划片",
                "IN_PERSON", workingDaysAgo(19), "ELECTRONIC", "PICK_UP")));
    }

    /** Registered today at the district's service hall; one of three applicants for the same document. */
    static void freshInPerson() {
        application(new Registration("NATURAL_PERSON", "李建国", "RESIDENT_ID_CARD", residentId("45010319620415201"),
                "0771-5512368", null, "南宁市青秀区新竹路", DISTRICT,
                "申请公开青秀区民政局关于2026年度特困人员救助供养资金安排的批复全文", MUCH_REQUESTED,
                "青秀区民政局关于2026年度特困人员救助供养资金安排的批复", "了解本社区特困人员供养资金安排",
                "IN_PERSON", null, "PAPER", "PICK_UP"));
    }

    /** Submitted online by the applicant herself (no token): waits for the receipt date to be confirmed. */
    static void freshOnline() {
        application(new Registration("NATURAL_PERSON", "王秀英", "RESIDENT_ID_CARD", residentId("45010319780923102"),
                null, "wangxiuying@example.com", null, XINZHU,
                "申请公开新竹街道2026年临时救助资金发放情况（发放人数及金额汇总）", null, null, "监督临时救助资金使用",
                "ONLINE", null, "ELECTRONIC", "EMAIL"));
    }

    /** Transferred by the 12345 hotline: a law firm, the third applicant for the much-requested document. */
    static void freshFromHotline() {
        application(new Registration("LEGAL_SERVICE_ORGANIZATION", "广西邕城律师事务所", "UNIFIED_SOCIAL_CREDIT_CODE",
                "31450000MD01234567", "0771-5836210", "yongcheng.law@example.com", "南宁市青秀区民族大道", DISTRICT,
                "代理委托人申请公开青秀区2026年度特困人员救助供养资金安排情况", MUCH_REQUESTED, null, "代理委托人维护合法权益",
                "HOTLINE_12345", null, "ELECTRONIC", "EMAIL"));
    }

    /** 补正: the request is too vague; the one correction notice went out within 7 working days of receipt. */
    static void inCorrection() {
        Map<String, Object> a = application(new Registration("NATURAL_PERSON", "陈小红", "RESIDENT_ID_CARD",
                residentId("45010319850112302"), "0771-5678901", null, "南宁市青秀区长塘镇", DISTRICT,
                "申请公开我家房屋所在片区的征收补偿相关文件", null, null, "了解征收补偿标准",
                "IN_PERSON", workingDaysAgo(3), "PAPER", "POST"));
        whenState(a, "REGISTERED", () -> act(a, "correction-request", districtClerk(), obj(
                "items", "请写明所需信息的名称、文号或者便于本机关查询的其他特征性描述，例如房屋所在的征收项目名称或地块编号",
                "periodWorkingDays", 15, "requestedOn", workingDaysAgo(2)), "correction notice sent"));
    }

    /** 征求意见: the information touches a care home's business data, so the third party is consulted. */
    static void inConsultation() {
        Map<String, Object> a = application(new Registration("NATURAL_PERSON", "刘伟", "RESIDENT_ID_CARD",
                residentId("45010319900305401"), "0771-5230147", null, "南宁市青秀区中山路", DISTRICT,
                "申请公开青秀区2026年养老服务机构运营补贴发放明细（含各机构名称及补贴金额）", null, null, "研究养老服务补贴政策",
                "IN_PERSON", workingDaysAgo(12), "ELECTRONIC", "PICK_UP"));
        Map<String, Object> b = reviewAndHandOver(a);
        if (!"IN_HANDLING".equals(str(b, "state"))) {
            return;
        }
        if (((List<?>) b.get("consultations")).isEmpty()) {
            act(b, "consultations", handler(), obj("party", "THIRD_PARTY", "partyName", "南宁市青秀区颐康养老服务中心",
                    "requestedOn", workingDaysAgo(6)), "third party consulted (15 working days, not counted)");
        }
    }

    /** 延期: four years of files to collect; the head of the disclosure office extended the period once. */
    static void extended() {
        Map<String, Object> a = application(new Registration("NATURAL_PERSON", "黄志强", "RESIDENT_ID_CARD",
                residentId("45010319701120501"), "0771-5867243", null, "南宁市青秀区竹溪大道", DISTRICT,
                "申请公开青秀区2023年至2026年特困人员救助供养资金的年度安排及使用情况", MUCH_REQUESTED, null, "学术研究",
                "IN_PERSON", workingDaysAgo(15), "PAPER", "POST"));
        Map<String, Object> b = reviewAndHandOver(a);
        if (!"IN_HANDLING".equals(str(b, "state"))) {
            return;
        }
        if (b.get("extension") == null) {
            act(b, "extension", supervisor(), obj("workingDays", 20,
                    "reason", "申请公开的信息涉及2023年至2026年四个年度的档案，需要调阅整理，经政务公开工作机构负责人同意延长答复期限",
                    "noticeOn", workingDaysAgo(1)), "reply period extended by 20 working days");
        }
    }

    /** 已答复: granted, with the reply letter (答复告知书); not yet delivered. */
    static void repliedWithLetter() {
        Map<String, Object> a = application(new Registration("NATURAL_PERSON", "周敏", "RESIDENT_ID_CARD",
                residentId("45010319881008602"), null, "zhoumin@example.com", null, DISTRICT,
                "申请公开青秀区2026年城乡最低生活保障标准调整的文件", "青政办发〔2026〕18号", null, "了解低保标准",
                "IN_PERSON", workingDaysAgo(18), "ELECTRONIC", "EMAIL"));
        repliedCaseId = str(a, "id");
        Map<String, Object> b = reviewAndHandOver(a);
        whenState(b, "IN_HANDLING", () -> act(b, "reply", handler(), obj("outcome", "GRANTED",
                "repliedOn", workingDaysAgo(2),
                "summary", "经查，您申请的信息属于主动公开范围，现将《青秀区人民政府办公室关于调整城乡最低生活保障标准的通知》"
                        + "（青政办发〔2026〕18号）电子文本提供给您，亦可在青秀区人民政府门户网站“政府信息公开”栏目查阅。",
                "providedForm", "ELECTRONIC"), "replied: 予以公开"));
    }

    /** 已归档: partly disclosed (third parties' personal data withheld), delivered by post, archived. */
    static void archived() {
        Map<String, Object> a = application(new Registration("NATURAL_PERSON", "赵丽华", "RESIDENT_ID_CARD",
                residentId("45010319750627702"), "0771-5319876", null, "南宁市青秀区新竹路", DISTRICT,
                "申请公开新竹社区2026年第二季度低保家庭名单及保障金额", null, null, "了解本社区低保评定情况",
                "IN_PERSON", workingDaysAgo(35), "PAPER", "POST"));
        Map<String, Object> b = reviewAndHandOver(a);
        Map<String, Object> c = whenState(b, "IN_HANDLING", () -> act(b, "reply", handler(), obj("outcome", "PARTIAL",
                "repliedOn", workingDaysAgo(20),
                "summary", "现向您提供新竹社区2026年第二季度低保家庭户主姓名、家庭人口及保障金额；名单中其他个人信息不予公开。",
                "providedForm", "PAPER",
                "withheld", List.of(obj("part", "低保家庭成员的身份证号码、家庭住址和联系电话",
                        "reason", "WITHHELD_THIRD_PARTY_RIGHTS"))), "replied: 部分公开"));
        Map<String, Object> d = whenState(c, "REPLIED", () -> act(c, "delivery", districtClerk(), obj("method", "POST",
                "deliveredAt", workingDaysAgo(19).atTime(10, 30).atOffset(ZoneOffset.ofHours(8)).toString(),
                "proof", "中国邮政EMS回执 1187654321098"), "delivered by post"));
        whenState(d, "DELIVERED", () -> act(d, "archive", districtClerk(), null, "archived"));
    }

    /** 审核 then 办理, each only when the case is still before it. */
    static Map<String, Object> reviewAndHandOver(Map<String, Object> a) {
        String reviewer = token("reviewer", DISTRICT, "reviewer.nanning.qingxiu");
        Map<String, Object> b = whenState(a, "REGISTERED", () -> act(a, "review", reviewer,
                obj("note", "申请要素齐全，进入审核"), "review started"));
        return whenState(b, "UNDER_REVIEW", () -> act(b, "handling", reviewer,
                obj("note", "转青秀区民政局办理"), "handed over for handling"));
    }

    /** The case with this description, or registered now (by a clerk; an ONLINE one by the applicant, no token). */
    static Map<String, Object> application(Registration r) {
        String id = caseIdsByDescription.get(r.description);
        if (id != null) {
            Map<String, Object> a = view(id);
            existing("case " + str(a, "caseNumber") + " 「" + r.description + "」 " + str(a, "stateLabel"));
            return a;
        }
        boolean online = r.channel.equals("ONLINE");
        Map<String, Object> receipt = map(call("POST", REQUEST + "/api/v1/applications", online ? null : districtClerk(), obj(
                "applicant", obj("kind", r.applicantKind, "name", r.name, "idType", r.idType, "idNumber", r.idNumber,
                        "phone", r.phone, "email", r.email, "address", r.address),
                "unit", r.unit, "description", r.description, "documentNumber", r.documentNumber,
                "documentTitle", r.documentTitle, "purpose", r.purpose, "channel", r.channel,
                "submittedOn", r.submittedOn, "provisionForm", r.provisionForm, "deliveryMethod", r.deliveryMethod))
                .expect(201).json());
        Object due = receipt.get("due");
        made("case " + str(receipt, "caseNumber") + " 「" + r.description + "」 registered"
                + (due == null ? ", receipt date to be confirmed" : ", reply due " + str(due, "dueDate")));
        caseIdsByDescription.put(r.description, str(receipt, "id"));
        return view(str(receipt, "id"));
    }

    /** The demo's cases in the district and below, by their description (the staff list masks names). */
    static Map<String, String> demoCases() {
        Map<String, String> byDescription = new HashMap<>();
        Object page = call("GET", REQUEST + "/api/v1/applications?size=500&unit=" + enc(DISTRICT), districtClerk(), null)
                .expect(200).json();
        for (Object summary : items(page)) {
            Map<String, Object> a = view(str(summary, "id"));
            byDescription.putIfAbsent(str(a, "description"), str(a, "id"));
        }
        return byDescription;
    }

    static Map<String, Object> view(String id) {
        return map(call("GET", REQUEST + "/api/v1/applications/" + id, districtClerk(), null).expect(200).json());
    }

    /** One action on a case; answers the case as it is afterwards. */
    static Map<String, Object> act(Map<String, Object> a, String action, String token, Object body, String what) {
        Map<String, Object> after = map(call("POST", REQUEST + "/api/v1/applications/" + str(a, "id") + "/" + action,
                token, body).expect(200).json());
        made("case " + str(a, "caseNumber") + ": " + what + " → " + str(after, "stateLabel"));
        return after;
    }

    /** Runs {@code step} only when the case is in {@code state}; answers the case as it is then. */
    static Map<String, Object> whenState(Map<String, Object> a, String state, Supplier<Map<String, Object>> step) {
        return state.equals(str(a, "state")) ? step.get() : a;
    }

    /** The conversion proposal arrives through Kafka (request events → catalog): wait for it a little. */
    static void awaitConversionProposal() {
        String url = CATALOG + "/api/v1/conversion-proposals?unit=" + enc(DISTRICT);
        for (int i = 0; i < 60; i++) {
            for (Object p : items(call("GET", url, supervisor(), null).expect(200).json())) {
                if (MUCH_REQUESTED.equals(str(p, "documentNumber")) && !"NONE".equals(str(p, "proposal"))) {
                    say("conversion proposal for " + MUCH_REQUESTED + ": " + str(p, "applicants") + " applicants, "
                            + str(p, "proposal"));
                    return;
                }
            }
            sleep(1000);
        }
        System.err.println("demo: warning: no conversion proposal for " + MUCH_REQUESTED
                + " yet (catalog-service counts request-service's events from Kafka)");
    }

    // ============================================================================================ the end

    // ============================================================================================ public opinion

    /**
     * The district's opinion desk (政务舆情): a warning rule, two signals, a 重大 incident established from the rule's
     * warning with its facts released and its authoritative information still due, an ordinary one handed to the street (转办), and an order from the city.
     * Found again by rule name, signal address, incident title and the city's order number.
     */
    static void opinion() {
        say("public opinion (政务舆情): signals, a warning rule, incidents, hand-off orders");
        String desk = token("operator", DISTRICT, "desk.nanning.qingxiu");
        List<String> rules = items(call("GET", SENTIMENT + "/api/v1/warning-rules?unit=" + enc(DISTRICT) + "&size=500", desk, null)
                .expect(200).json()).stream().map(r -> str(r, "name")).toList();
        if (rules.contains("燃气与安全生产")) {
            existing("warning rule 燃气与安全生产");
        } else {
            call("POST", SENTIMENT + "/api/v1/warning-rules", supervisor(), obj("unit", DISTRICT, "name", "燃气与安全生产",
                    "keywords", List.of("燃气泄漏", "爆炸", "安全事故"), "reachAtLeast", 5000)).expect(201);
            made("warning rule 燃气与安全生产 (keywords 燃气泄漏/爆炸/安全事故, reach ≥ 5,000)");
        }
        Map<String, String> signals = new HashMap<>();
        for (Object sig : items(call("GET", SENTIMENT + "/api/v1/signals?unit=" + enc(DISTRICT) + "&size=500", desk, null).expect(200).json())) {
            if (str(sig, "url") != null) {
                signals.put(str(sig, "url"), str(sig, "id"));
            }
        }
        String gas = signal(signals, desk, "https://weibo.example/status/4921", "微博", "新竹街道某小区疑似燃气泄漏，居民紧急疏散",
                "现场有浓烈燃气味，消防已到场", 18_600, XINZHU);
        String noise = signal(signals, desk, "https://bbs.example/thread/3302", "本地论坛", "中山街道夜间施工噪声扰民",
                "连续一周晚上十一点后仍在施工", 2_300, ZHONGSHAN);

        Map<String, String> incidents = new HashMap<>();
        for (Object i : items(call("GET", SENTIMENT + "/api/v1/incidents?unit=" + enc(DISTRICT) + "&size=500", desk, null).expect(200).json())) {
            incidents.putIfAbsent(str(i, "title"), str(i, "id"));
        }
        String gasIncident = incidents.get("新竹街道某小区燃气泄漏");
        if (gasIncident == null) {
            // the rule warned on the signal as it came in: the desk accepts the warning, which establishes the incident
            String signalId = gas;
            Object warning = items(call("GET", SENTIMENT + "/api/v1/warnings?state=PROPOSED&unit=" + enc(DISTRICT) + "&size=500", desk, null)
                    .expect(200).json()).stream().filter(w -> signalId.equals(str(w, "signalId"))).findFirst()
                    .orElseThrow(() -> new DemoFailure("the warning rule raised no warning on the gas-leak signal"));
            gasIncident = str(call("POST", SENTIMENT + "/api/v1/warnings/" + str(warning, "id") + "/incident", desk,
                    obj("title", "新竹街道某小区燃气泄漏", "level", "MAJOR")).expect(201).json(), "id");
            made("incident 新竹街道某小区燃气泄漏 (重大), established from the rule's warning");
        } else {
            existing("incident 新竹街道某小区燃气泄漏");
        }
        Map<String, Object> gasView = map(call("GET", SENTIMENT + "/api/v1/incidents/" + gasIncident, desk, null).expect(200).json());
        if (!Boolean.TRUE.equals(gasView.get("assessed"))) {
            call("POST", SENTIMENT + "/api/v1/incidents/" + gasIncident + "/assessment", desk, obj("level", "MAJOR", "kind", "EMERGENCY",
                    "majorImpact", false, "places", List.of(XINZHU), "departments", List.of("应急管理局", "住房和城乡建设局"),
                    "note", "涉及居民安全，两部门共同回应")).expect(200);
            made("incident 新竹街道某小区燃气泄漏: assessed 重大, 应急管理局 leads with 住房和城乡建设局");
        }
        if (items(gasView.get("responses")).isEmpty()) {
            call("POST", SENTIMENT + "/api/v1/incidents/" + gasIncident + "/responses", handler(), obj("kind", "FACTS",
                    "respondedAt", java.time.OffsetDateTime.now(SHANGHAI).toString(), "channel", "NEW_MEDIA",
                    "link", "https://weibo.example/qingxiu/official/1",
                    "text", "青秀区应急管理局：新竹街道某小区燃气管道破损，已关阀抢修，无人员受伤，居民已有序返回。")).expect(200);
            made("incident 新竹街道某小区燃气泄漏: facts released (the 1-hour window met); authoritative information due within 5 h");
        }
        String noiseIncident = incidents.get("中山街道夜间施工噪声扰民");
        if (noiseIncident == null) {
            noiseIncident = str(call("POST", SENTIMENT + "/api/v1/incidents", desk, obj("unit", DISTRICT, "title", "中山街道夜间施工噪声扰民",
                    "level", "ORDINARY", "signalIds", List.of(noise))).expect(201).json(), "id");
            call("POST", SENTIMENT + "/api/v1/orders", desk, obj("incidentId", noiseIncident, "toUnit", ZHONGSHAN,
                    "factsToCheck", "请核实施工单位、夜间施工许可及噪声监测情况，并反馈处置结果",
                    "feedbackDueAt", java.time.OffsetDateTime.now(SHANGHAI).plusHours(24).withNano(0).toString())).expect(201);
            made("incident 中山街道夜间施工噪声扰民 (一般, a response due within 48 h), handed to 中山街道 with a feedback deadline");
        } else {
            existing("incident 中山街道夜间施工噪声扰民");
        }
        boolean cityOrder = items(call("GET", SENTIMENT + "/api/v1/orders?unit=" + enc(DISTRICT) + "&size=500", desk, null).expect(200).json())
                .stream().anyMatch(o -> "南舆转〔2026〕21号".equals(str(o, "number")));
        if (cityOrder) {
            existing("order 南舆转〔2026〕21号 from the city");
        } else {
            call("POST", SENTIMENT + "/api/v1/orders/inbound", desk, obj("number", "南舆转〔2026〕21号", "from", "南宁市政务公开办公室",
                    "toUnit", DISTRICT, "title", "网民反映青秀区某学校周边交通拥堵", "factsToCheck", "请核实并于24小时内反馈处置情况",
                    "feedbackDueAt", java.time.OffsetDateTime.now(SHANGHAI).plusHours(24).withNano(0).toString())).expect(201);
            made("order 南舆转〔2026〕21号 from 南宁市政务公开办公室: an incident of the district");
        }
    }

    /** A signal found by its address, or pushed by the district's feed. */
    static String signal(Map<String, String> known, String desk, String url, String source, String title, String text,
                         long reads, String place) {
        if (known.containsKey(url)) {
            existing("signal " + title);
            return known.get(url);
        }
        String id = str(call("POST", SENTIMENT + "/api/v1/signals", token("feed", DISTRICT, "feed.monitoring"), obj("unit", DISTRICT,
                "source", source, "url", url, "title", title, "text", text, "reads", reads, "reposts", reads / 20,
                "comments", reads / 50, "place", place)).expect(201, 200).json(), "id");
        made("signal " + title + " (" + source + ", reach " + (reads + reads / 20 + reads / 50) + ")");
        return id;
    }

    // ============================================================================================ messages

    /**
     * The district's message desk (政民互动): a knowledge-base answer, a line of the dispatch catalogue, a message
     * replied, rated and published, a simple question answered within a day, a complaint in handling, a fresh one
     * waiting for triage, and a 12345 ticket dispatched to a street. Each is found by its subject (or ticket number)
     * before anything is written.
     */
    static void messages() {
        say("messages and 12345 tickets (政民互动): knowledge base, dispatch catalogue, replies, publication");
        String desk = token("clerk", DISTRICT, "desk.nanning.qingxiu");
        String reviewer = token("reviewer", DISTRICT, "reviewer.nanning.qingxiu");
        if (items(call("GET", INTERACTION + "/api/v1/faq?unit=" + enc(DISTRICT) + "&size=500", desk, null).expect(200).json())
                .stream().anyMatch(f -> "居住证怎么办理".equals(str(f, "question")))) {
            existing("knowledge-base entry 居住证怎么办理");
        } else {
            call("POST", INTERACTION + "/api/v1/faq", desk, obj("unit", DISTRICT, "question", "居住证怎么办理",
                    "answer", "您好！请携带身份证、居住证明（租房合同或房产证明）到居住地社区服务中心办理，材料齐全当场受理，15 个工作日内制证。")).expect(201);
            made("knowledge-base entry 居住证怎么办理");
        }
        if (items(call("GET", INTERACTION + "/api/v1/dispatch-routes?officeUnit=" + enc(DISTRICT) + "&size=500", desk, null).expect(200).json())
                .stream().anyMatch(r -> "施工噪音".equals(str(r, "matter")))) {
            existing("dispatch-catalogue line 施工噪音 → 中山街道");
        } else {
            call("POST", INTERACTION + "/api/v1/dispatch-routes", reviewer, obj("officeUnit", DISTRICT, "category", "COMPLAINT",
                    "matter", "施工噪音", "leadUnit", ZHONGSHAN, "assistingUnits", List.of(XINZHU))).expect(201);
            made("dispatch-catalogue line 投诉 × 施工噪音 → 中山街道 (协办 新竹街道)");
        }
        Map<String, String> known = new HashMap<>();
        // the city's list: a message whose writer was not sure whom to address waits at the city's reception desk
        for (Object m : items(call("GET", INTERACTION + "/api/v1/messages?unit=" + enc(CITY) + "&size=500",
                token("operator", CITY, "operator.nanning"), null).expect(200).json())) {
            known.putIfAbsent(str(m, "subject"), str(m, "id"));
        }
        String garbage = message(known, "新竹街道垃圾清运不及时", "新竹小区门口垃圾堆放三天无人清运，气味很大。我的电话13877771234。",
                "COMPLAINT", XINZHU, true);
        if (garbage != null) {
            dispatchTo(desk, garbage, false, XINZHU);
            replyAndRelease(reviewer, garbage, XINZHU, "新竹街道办事处",
                    "您好！经核查，因清运车辆检修导致清运延误，现已恢复每日清运，并安排专人巡查。感谢您的监督。");
            call("POST", INTERACTION + "/api/v1/messages/" + garbage + "/publish", reviewer, null).expect(200);
            made("message 新竹街道垃圾清运不及时: dispatched to 新竹街道, replied and published (公开选登)");
        }
        String residence = message(known, "请问居住证怎么办理", "刚到南宁工作，请问居住证怎么办理，需要什么材料？", "CONSULTATION", DISTRICT, true);
        if (residence != null) {
            dispatchTo(desk, residence, true, XINZHU);
            replyAndRelease(reviewer, residence, XINZHU, "新竹街道办事处",
                    "您好！请携带身份证、居住证明（租房合同或房产证明）到居住地社区服务中心办理，材料齐全当场受理，15 个工作日内制证。");
            made("message 请问居住证怎么办理: a simple and common question (1 working day), answered from the knowledge base");
        }
        String noise = message(known, "中山街道夜间施工噪音扰民", "工地每晚十一点后仍在施工噪音很大，影响休息。", "COMPLAINT", DISTRICT, false);
        if (noise != null) {
            dispatchTo(desk, noise, false, ZHONGSHAN);
            made("message 中山街道夜间施工噪音扰民: dispatched to 中山街道 (from the dispatch catalogue), due within 5 working days");
        }
        if (message(known, "小区路灯不亮", "青秀区某小区路灯坏了一周，晚上出行不便。", "REQUEST_FOR_HELP", null, true) != null) {
            made("message 小区路灯不亮: waiting for triage at the reception desk");
        }
        String hotline = token("hotline", CITY, "hotline.nanning");
        var ticket = call("POST", INTERACTION + "/api/v1/hotline/tickets", hotline, obj("ticketNumber", "12345-DEMO-0001",
                "transferredAt", java.time.OffsetDateTime.now(SHANGHAI).minusHours(2).withNano(0).toString(), "category", "COMPLAINT",
                "subject", "中山路占道经营", "text", "市民来电反映中山路夜市摊贩占道经营，影响通行。", "unit", DISTRICT,
                "suggestion", "建议派中山街道办理", "caller", obj("name", "王先生", "phone", "13900001111"))).expect(201, 200);
        Map<String, Object> t = map(ticket.json());
        if ("RECEIVED".equals(str(t, "state"))) {
            dispatchTo(desk, str(t, "id"), false, ZHONGSHAN);
            made("12345 ticket 12345-DEMO-0001: transferred by the hotline, dispatched to 中山街道");
        } else {
            existing("12345 ticket 12345-DEMO-0001");
        }
    }

    /** The message's id if written now, null if it was there. */
    static String message(Map<String, String> known, String subject, String text, String category, String unit, boolean consent) {
        if (known.containsKey(subject)) {
            existing("message " + subject);
            return null;
        }
        Map<String, Object> form = new java.util.LinkedHashMap<>(obj("subject", subject, "text", text, "category", category,
                "contact", obj("name", "市民张女士", "phone", "13877771234"), "consentToPublish", consent));
        if (unit != null) {
            form.put("unit", unit);
        }
        return str(call("POST", INTERACTION + "/api/v1/messages", null, form).expect(201).json(), "id");
    }

    static void dispatchTo(String desk, String id, boolean simple, String unit) {
        call("POST", INTERACTION + "/api/v1/messages/" + id + "/dispatch", desk, obj("simple", simple, "leadUnit", unit)).expect(200);
    }

    static void replyAndRelease(String reviewer, String id, String unit, String unitName, String text) {
        call("POST", INTERACTION + "/api/v1/messages/" + id + "/reply", token("handler", unit, "handler." + unit.replace('/', '.')),
                obj("text", text, "unitName", unitName)).expect(200);
        call("POST", INTERACTION + "/api/v1/messages/" + id + "/reply/release", reviewer, null).expect(200);
    }

    static void closingMessage() {
        System.out.printf("%ndemo: %d created or changed, %d already there%n", created, unchanged);
        String nl = System.lineSeparator();
        System.out.println(String.join(nl,
                "",
                "Tokens, valid 8 hours (new ones: deploy/local/token ROLE UNIT):",
                "  # clerk of 青秀区 (registers applications, compiles the catalogue)",
                "  export CLERK=" + districtClerk(),
                "  # disclosure office of 青秀区 (publishes, extends reply periods)",
                "  export SUPERVISOR=" + supervisor(),
                "  # reviewer of 南宁市自然资源局 (reviews the district's planning and land entries)",
                "  export REVIEWER=" + token("reviewer", NATURAL_RESOURCES, "reviewer.nanning.ziranziyuan"),
                "  # operator of 南宁市 (sees every unit's deadlines, cases and opinion incidents)",
                "  export OPERATOR=" + token("operator", CITY, "operator.nanning"),
                "",
                "Five things to try:",
                "  1. Search the public catalogue as a citizen (低保 also finds 最低生活保障):",
                "     curl -s -G " + CATALOG + "/api/v1/public/search --data-urlencode q=低保",
                "  2. Review the submitted 控制性详细规划 entry as the city's natural-resources bureau, then publish it:",
                "     curl -s -X POST " + CATALOG + "/api/v1/entries/" + submittedEntryId + "/approve -H \"Authorization: Bearer $REVIEWER\" -H 'Content-Type: application/json' -d '{}'",
                "     curl -s -X POST " + CATALOG + "/api/v1/entries/" + submittedEntryId + "/publish -H \"Authorization: Bearer $SUPERVISOR\"",
                "  3. The district's cases, soonest due first, and the reply letter (答复告知书) of a replied one:",
                "     curl -s '" + REQUEST + "/api/v1/applications?sort=dueAt' -H \"Authorization: Bearer $CLERK\"",
                "     curl -s " + REQUEST + "/api/v1/applications/" + repliedCaseId + "/reply-letter -H \"Authorization: Bearer $CLERK\" > letter.html",
                "  4. The opinion incidents of the city and below, with their response windows:",
                "     curl -s " + SENTIMENT + "/api/v1/incidents -H \"Authorization: Bearer $OPERATOR\"",
                "  5. Published messages and their replies (公开选登), and this year's message statistics, as a citizen:",
                "     curl -s " + INTERACTION + "/api/v1/public/messages",
                "     curl -s '" + INTERACTION + "/api/v1/statistics?period=year'",
                "  Or in a browser: " + CATALOG + "/q/swagger-ui, " + REQUEST + "/q/swagger-ui, " + SENTIMENT
                        + "/q/swagger-ui and " + INTERACTION + "/q/swagger-ui (Authorize with a token above)",
                "  6. The duty console (值班台), with the overdue application, the one due tomorrow and the opinion warning:",
                "     http://127.0.0.1:8085/console (sign in with the $OPERATOR token above)"));
    }

    // ============================================================================================ helpers

    static String supervisor() {
        return token("supervisor", DISTRICT, "office.nanning.qingxiu");
    }

    static String districtClerk() {
        return token("clerk", DISTRICT, "clerk.nanning.qingxiu");
    }

    static String handler() {
        return token("handler", DISTRICT, "handler.nanning.qingxiu");
    }

    static final Map<String, String> TOKENS = new HashMap<>();

    /** A development token from deploy/local/token (one script makes them all). */
    static String token(String role, String unit, String user) {
        return TOKENS.computeIfAbsent(role + " " + unit + " " + user, k -> {
            try {
                Process p = new ProcessBuilder(root.resolve("deploy/local/token").toString(), role, unit, user)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor() != 0 || out.isEmpty()) {
                    throw new DemoFailure("deploy/local/token " + role + " " + unit + " failed");
                }
                return out;
            } catch (IOException e) {
                throw new DemoFailure("deploy/local/token: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
        });
    }

    static final Map<LocalDate, Boolean> WORKING_DAYS = new HashMap<>();

    /** The date {@code n} working days before the latest working day up to today, by the services' own calendar. */
    static LocalDate workingDaysAgo(int n) {
        LocalDate d = TODAY;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        for (int k = 0; k < n; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                k++;
            }
        }
        return d;
    }

    static boolean isWorkingDay(LocalDate d) {
        return WORKING_DAYS.computeIfAbsent(d, day -> Boolean.TRUE.equals(map(
                call("GET", CATALOG + "/api/v1/calendar/days/" + day, null, null).expect(200).json()).get("workingDay")));
    }

    /** An 18-digit resident ID number with its GB 11643-1999 check digit. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static void say(String what) {
        System.out.println("demo: " + what);
    }

    static void made(String what) {
        created++;
        System.out.println("  + " + what);
    }

    static void existing(String what) {
        unchanged++;
        System.out.println("  = " + what);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ============================================================================================ HTTP and JSON

    static final class DemoFailure extends RuntimeException {
        DemoFailure(String message) {
            super(message);
        }
    }

    record Reply(String method, String url, int status, String body) {
        Reply expect(int... ok) {
            if (Arrays.stream(ok).noneMatch(s -> s == status)) {
                throw new DemoFailure(method + " " + url + " answered " + status + ": " + body);
            }
            return this;
        }

        Object json() {
            return Json.parse(body);
        }
    }

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static Reply call(String method, String url, String token, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(method, url, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new DemoFailure(method + " " + url + ": " + e + " (is the stack up? deploy/local/up)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    /** An ordered JSON object from key, value pairs; null values are left out. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        if (!(o instanceof Map)) {
            throw new DemoFailure("expected a JSON object, got " + o);
        }
        return (Map<String, Object>) o;
    }

    /** A page's items, or a plain array. */
    @SuppressWarnings("unchecked")
    static List<Object> items(Object json) {
        return json instanceof List ? (List<Object>) json : (List<Object>) map(json).get("items");
    }

    static String str(Object o, String key) {
        Object v = map(o).get(key);
        return v == null ? null : v.toString();
    }

    /** Just enough JSON: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json p = new Json(text);
            p.ws();
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) {
                throw p.error("trailing characters");
            }
            return v;
        }

        private Object value() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (peek('}')) {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (peek(',')) {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (peek(']')) {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (peek(',')) {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String n = s.substring(start, i);
            if (n.isEmpty()) {
                throw error("unexpected character");
            }
            return n.matches("-?\\d+") ? (Object) Long.valueOf(n) : (Object) Double.valueOf(n);
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private DemoFailure error(String what) {
            return new DemoFailure("unreadable JSON (" + what + " at " + i + "): "
                    + s.substring(0, Math.min(s.length(), 300)));
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(v, b);
            return b.toString();
        }

        private static void write(Object v, StringBuilder b) {
            if (v == null) {
                b.append("null");
            } else if (v instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (var e : m.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    write(String.valueOf(e.getKey()), b);
                    b.append(':');
                    write(e.getValue(), b);
                }
                b.append('}');
            } else if (v instanceof List<?> l) {
                b.append('[');
                for (int k = 0; k < l.size(); k++) {
                    if (k > 0) {
                        b.append(',');
                    }
                    write(l.get(k), b);
                }
                b.append(']');
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else {
                String t = v.toString(); // strings, and dates as ISO-8601
                b.append('"');
                for (int k = 0; k < t.length(); k++) {
                    char c = t.charAt(k);
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\t' -> b.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                b.append(String.format("\\u%04x", (int) c));
                            } else {
                                b.append(c);
                            }
                        }
                    }
                }
                b.append('"');
            }
        }
    }
}
