package org.govopen.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * (d) A fuzzer driven by each service's OpenAPI document: for every operation a valid-looking request, then
 * mutations of each body field and each parameter (wrong types, nulls, U+0000 and U+001F, 100k-character strings,
 * 1000 levels of nesting, 2^63, -1, 1e308, dates out of range, unknown enum values, missing and extra fields) and of
 * the whole body (trailing garbage, invalid JSON, a 2.5 MB body, …), with a token of every staff role for unit
 * nanning; random combinations of mutations fill up to {@code FUZZ_REQUESTS} per service. Bounded in count and
 * time. Every 5xx is written with its request to {@code reliability/out/fuzz-5xx.txt}.
 * <pre>java … Fuzz ROOT [service …]</pre>
 */
public final class Fuzz {

    /** One mutation of one place: a body field (JSON pointer), a parameter, or the whole body. */
    record Atom(String family, String target, JsonNode value, boolean remove) {
        String label() {
            return target + " " + family;
        }
    }

    /** {@code families}: of each mutation applied (one, or several for a combination). */
    record Probe(Ops.Op op, String mutation, String family, List<String> families, Ops.Req req) {
    }

    /** 100,000 characters: half CJK (300 KB of UTF-8) in bodies; plain ASCII in URLs. */
    static final String HUGE = "测".repeat(50_000) + "a".repeat(50_000);
    static final String HUGE_PARAM = "a".repeat(100_000);
    static final String BIG_NUMBER = "9223372036854775808";

    /** Families whose 2xx is worth a finding: the request is not valid JSON, or the value cannot be right. */
    static final Set<String> MUST_REJECT = Set.of("trailing garbage", "two JSON documents", "single-quoted JSON",
            "JSON with comments", "truncated JSON", "raw control character in a string", "invalid UTF-8", "not JSON",
            "2.5 MB body", "date 2026-02-30", "unknown enum value", "date-time 2026-02-30", "1e400");

    private final Path root;
    private final String token;
    private final Random random;
    private final int target;
    private final int maxSystematic;
    private final long seconds;
    private final int concurrency;

    Fuzz(Path root, String token) {
        this.root = root;
        this.token = token;
        this.random = new Random(Experiment.env("FUZZ_SEED", 20261201));
        this.target = (int) Experiment.env("FUZZ_REQUESTS", 6000);
        this.maxSystematic = (int) Experiment.env("FUZZ_MAX_SYSTEMATIC", 12000);
        this.seconds = Experiment.env("FUZZ_SECONDS", 900);
        this.concurrency = (int) Experiment.env("FUZZ_CONCURRENCY", 4);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<String> services = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(Stack.PORTS.keySet());
        String token = System.getenv("STAFF_TOKEN");
        if (token == null) {
            throw new IllegalStateException("STAFF_TOKEN must be set (every staff role for unit nanning)");
        }
        Fuzz f = new Fuzz(root, token.trim());
        Path out = root.resolve("reliability/out/fuzz-5xx.txt");
        Files.createDirectories(out.getParent());
        boolean clean = true;
        try (PrintWriter fiveHundreds = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String s : services) {
                clean &= f.service(s, fiveHundreds);
            }
        }
        System.exit(clean ? 0 : 1);
    }

    // --- per service ---------------------------------------------------------------------------------------

    boolean service(String service, PrintWriter fiveHundreds) throws Exception {
        Stack stack = new Stack(root, "fuzz-" + service);
        boolean dry = "1".equals(System.getenv("FUZZ_DRY_RUN"));
        if (!dry && !Stack.ready(service)) {
            throw new IllegalStateException(service + "-service is not ready");
        }
        if (!dry) {
            Load.ensureUnits(token);
        }
        Ops ops = new Ops(service);
        Ops.Harvest harvest = new Ops.Harvest();
        for (int pass = 0; pass < (dry ? 0 : 2); pass++) {
            for (Ops.Op op : ops.ops) {
                Ops.Base base = ops.base(op, harvest);
                Http.Answer a = Ops.send(base.request(), token, Duration.ofSeconds(30));
                harvest.record(op, a);
                stack.log("seed " + pass + " " + op.label() + " → " + a.describe() + " " + Fmt.prefix(a.body(), 200));
            }
        }
        List<Probe> probes = new ArrayList<>();
        Map<Ops.Op, List<Atom>> atomsByOp = new LinkedHashMap<>();
        Map<Ops.Op, Ops.Base> bases = new LinkedHashMap<>();
        for (Ops.Op op : ops.ops) {
            Ops.Base base = ops.base(op, harvest);
            bases.put(op, base);
            probes.add(new Probe(op, "base", "base", List.of("base"), base.request()));
            List<Atom> atoms = atoms(ops, op, base);
            atomsByOp.put(op, atoms);
            for (Atom a : atoms) {
                probes.add(new Probe(op, a.label(), a.family(), List.of(a.family()), apply(base, List.of(a))));
            }
            if (base.body() != null) {
                probes.addAll(wholeBody(op, base));
            }
        }
        if (probes.size() > maxSystematic) {
            Collections.shuffle(probes, random);
            probes = new ArrayList<>(probes.subList(0, maxSystematic));
        }
        int systematic = probes.size();
        // random combinations of 2 or 3 mutations of different places, until the target count
        List<Ops.Op> withAtoms = atomsByOp.entrySet().stream()
                .filter(e -> e.getValue().stream().map(Atom::target).distinct().count() >= 2).map(Map.Entry::getKey).toList();
        for (int attempts = 0; probes.size() < target && !withAtoms.isEmpty() && attempts < 10 * target; attempts++) {
            Ops.Op op = withAtoms.get(random.nextInt(withAtoms.size()));
            List<Atom> atoms = atomsByOp.get(op);
            int k = 2 + random.nextInt(2);
            List<Atom> chosen = new ArrayList<>();
            for (int tries = 0; chosen.size() < k && tries < 50; tries++) {
                Atom a = atoms.get(random.nextInt(atoms.size()));
                boolean clash = chosen.stream().anyMatch(c -> c.target().equals(a.target())
                        || c.target().startsWith(a.target() + "/") || a.target().startsWith(c.target() + "/"));
                if (!clash) {
                    chosen.add(a);
                }
            }
            if (chosen.size() < 2) {
                continue;
            }
            probes.add(new Probe(op, chosen.stream().map(Atom::label).reduce((x, y) -> x + " + " + y).orElse(""),
                    "combination", chosen.stream().map(Atom::family).toList(), apply(bases.get(op), chosen)));
        }
        stack.log(ops.ops.size() + " operations, " + harvest.size() + " objects created by the seed requests, "
                + systematic + " systematic probes, " + (probes.size() - systematic) + " random combinations");
        if (dry) {
            // FUZZ_DRY_RUN=1: what would be sent, nothing sent
            for (Ops.Op op : ops.ops) {
                Ops.Base b = bases.get(op);
                System.out.println(op.label() + (op.secured() ? " " + op.roles() : " public") + ": " + atomsByOp.get(op).size()
                        + " mutations; base " + Fmt.prefix(b.request().url(), 160) + " " + (b.body() == null ? "" : Fmt.prefix(b.body().toString(), 400)));
            }
            Map<String, Long> families = new TreeMap<>();
            probes.forEach(p -> families.merge(p.family(), 1L, Long::sum));
            System.out.println("fuzz " + service + " (dry run): " + probes.size() + " probes (" + systematic + " systematic); families " + families);
            return true;
        }

        // --- send, bounded ----------------------------------------------------------------------------------
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, Map<Integer, LongAdder>> byFamily = new ConcurrentHashMap<>();
        List<Outcome> odd = Collections.synchronizedList(new ArrayList<>());   // 5xx, no answer, no problem+json, accepted
        AtomicLong sent = new AtomicLong();
        Semaphore permits = new Semaphore(concurrency);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (Probe p : probes) {
            if (System.nanoTime() > until) {
                stack.log("time limit of " + seconds + " s reached after " + sent.get() + " requests");
                break;
            }
            permits.acquire();
            sent.incrementAndGet();
            Ops.sendAsync(p.req(), token, Duration.ofSeconds(30)).whenComplete((a, e) -> {
                try {
                    statuses.computeIfAbsent(a.status(), x -> new LongAdder()).increment();
                    byFamily.computeIfAbsent(p.family(), x -> new ConcurrentHashMap<>()).computeIfAbsent(a.status(), x -> new LongAdder()).increment();
                    if (a.is5xx()) {
                        synchronized (fiveHundreds) {
                            fiveHundreds.println(service + "\t" + a.status() + "\t" + p.req().method() + " " + Fmt.prefix(p.req().url(), 300)
                                    + "\t" + p.mutation() + "\tbody: " + Fmt.prefix(body(p.req()), 300) + "\tanswer: " + Fmt.prefix(a.body(), 300));
                        }
                    }
                    if (a.status() == Http.NO_ANSWER || a.is5xx() || (a.status() >= 400 && !errorFormatOk(p, a))
                            || (a.is2xx() && MUST_REJECT.contains(p.family()))) {
                        odd.add(new Outcome(p, a.status(), a.error(), a.contentType(), Fmt.prefix(a.body(), 200)));
                    }
                } finally {
                    permits.release();
                }
            });
        }
        permits.acquire(concurrency);
        permits.release(concurrency);

        // a request without an answer is sent once more, alone: an answer now means the connection, not the request
        List<Outcome> outcomes = new ArrayList<>();
        long flaky = 0;
        int retried = 0;
        for (Outcome o : odd) {
            if (o.status() == Http.NO_ANSWER && retried++ < 100) {
                Http.Answer again = Ops.send(o.probe().req(), token, Duration.ofSeconds(60));
                stack.log("no answer to " + o.probe().op().label() + " [" + o.probe().mutation() + "] (" + o.error() + "); sent again alone: "
                        + again.describe() + " " + Fmt.prefix(again.body(), 160));
                if (again.status() != Http.NO_ANSWER) {
                    flaky++;
                    if (again.is5xx() || (again.status() >= 400 && !again.problemJson())) {
                        outcomes.add(new Outcome(o.probe(), again.status(), null, again.contentType(), Fmt.prefix(again.body(), 200)));
                    }
                    continue;
                }
                outcomes.add(new Outcome(o.probe(), Http.NO_ANSWER, o.error() + "; again: " + again.error(), null, ""));
                continue;
            }
            outcomes.add(o);
        }
        boolean readyAfter = Stack.ready(service);

        for (Map.Entry<String, Map<Integer, LongAdder>> e : new TreeMap<>(byFamily).entrySet()) {
            Map<Integer, Long> h = new TreeMap<>();
            e.getValue().forEach((k, v) -> h.put(k, v.sum()));
            stack.log(String.format("family %-40s %s", e.getKey(), Fmt.histogram(h)));
        }

        // findings, one per kind and mutation family; a combination only when none of its parts does it alone
        Map<String, Set<String>> alone = new java.util.HashMap<>();      // kind → "op|family" seen on single mutations
        for (Outcome o : outcomes) {
            if (!o.probe().family().equals("combination")) {
                alone.computeIfAbsent(o.kind(), k -> new java.util.HashSet<>()).add(o.probe().op().label() + "|" + o.probe().family());
            }
        }
        Map<String, Group> groups = new TreeMap<>();
        long explained = 0;
        for (Outcome o : outcomes) {
            Set<String> seen = alone.getOrDefault(o.kind(), Set.of());
            if (o.probe().family().equals("combination")
                    && o.probe().families().stream().anyMatch(f -> seen.contains(o.probe().op().label() + "|" + f))) {
                explained++;
                continue;
            }
            String family = o.probe().family().equals("combination") ? "combination " + String.join(" + ", o.probe().families())
                    : o.probe().family();
            groups.computeIfAbsent(o.kind() + " (" + family + ")", k -> new Group(o)).add(o);
        }
        groups.forEach((key, g) -> stack.finding(service + " " + key + " ×" + g.count + " on " + g.ops.size() + " operation"
                + (g.ops.size() == 1 ? "" : "s") + " " + g.ops + ": e.g. " + g.first.describe()));

        Map<Integer, Long> h = new TreeMap<>();
        statuses.forEach((k, v) -> h.put(k, v.sum()));
        long c2 = sum(h, 200, 299);
        long c4 = sum(h, 400, 499);
        long c5 = sum(h, 500, 599);
        long none = outcomes.stream().filter(o -> o.status() == Http.NO_ANSWER).count();
        long noProblem = outcomes.stream().filter(o -> o.status() >= 400 && (o.contentType() == null || !o.contentType().startsWith("application/problem+json"))).count();
        long accepted = outcomes.stream().filter(o -> o.status() >= 200 && o.status() < 300).count();
        long fiveFamilies = groups.keySet().stream().filter(k -> k.startsWith("5xx")).count();
        System.out.println("fuzz " + service + "-service: " + Fmt.n(sent.get()) + " requests over " + ops.ops.size()
                + " operations — 2xx " + Fmt.n(c2) + ", 4xx " + Fmt.n(c4) + ", 5xx " + Fmt.n(c5) + " (" + fiveFamilies
                + " distinct), no answer " + Fmt.n(none) + " (and " + flaky + " that answered when sent again)"
                + "; " + Fmt.n(noProblem) + " errors without problem+json, " + Fmt.n(accepted) + " invalid requests accepted"
                + "; statuses " + Fmt.histogram(h) + (readyAfter ? "" : "; NOT READY afterwards")
                + "; 5xx requests in reliability/out/fuzz-5xx.txt");
        System.out.flush();
        return c5 == 0 && none == 0 && readyAfter;
    }

    /**
     * An error in the format its API promises: problem+json everywhere, except the Open311 GeoReport v2 facade
     * ({@code /open311/}), whose spec prescribes a list of {@code {code, description}} in JSON or XML.
     */
    static boolean errorFormatOk(Probe p, Http.Answer a) {
        if (p.req().url().contains("/open311/")) {
            String b = a.body() == null ? "" : a.body().strip();
            return (b.startsWith("[{\"code\":") || b.contains("<errors>")) && a.contentType() != null
                    && (a.contentType().startsWith("application/json") || a.contentType().startsWith("text/xml"));
        }
        return a.problemJson();
    }

    /** What a probe got, when it is worth a look. */
    record Outcome(Probe probe, int status, String error, String contentType, String body) {
        String kind() {
            if (status == Http.NO_ANSWER) {
                return "no answer";
            }
            if (status >= 500) {
                return "5xx";
            }
            if (status >= 400) {
                return status + " without problem+json";
            }
            return "accepted although invalid";
        }

        String describe() {
            String b = Fuzz.body(probe.req());
            return probe.req().method() + " " + Fmt.prefix(probe.req().url().replaceFirst("http://127.0.0.1:\\d+", ""), 140)
                    + " [" + probe.mutation() + "]" + (b.isEmpty() ? "" : " body " + Fmt.prefix(b, 140)) + " → "
                    + (status == Http.NO_ANSWER ? "no answer (" + error + ")" : status + " " + (contentType == null ? "(no Content-Type) " : "") + body);
        }
    }

    static final class Group {
        final Outcome first;
        final Set<String> ops = new java.util.TreeSet<>();
        long count;

        Group(Outcome first) {
            this.first = first;
        }

        void add(Outcome o) {
            count++;
            ops.add(o.probe().op().label());
        }
    }

    static long sum(Map<Integer, Long> h, int from, int to) {
        return h.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to).mapToLong(Map.Entry::getValue).sum();
    }

    static String body(Ops.Req r) {
        return r.body() == null ? "" : new String(r.body(), StandardCharsets.UTF_8);
    }

    // --- mutations -------------------------------------------------------------------------------------------

    static JsonNode raw(String json) {
        return Ops.F.rawValueNode(new RawValue(json));
    }

    static String deepArray(int levels) {
        return "[".repeat(levels) + "]".repeat(levels);
    }

    static String deepObject(int levels) {
        return "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
    }

    /** Every single-place mutation of an operation: its parameters, then each field of its body. */
    List<Atom> atoms(Ops ops, Ops.Op op, Ops.Base base) {
        List<Atom> l = new ArrayList<>();
        for (Ops.Param p : op.params()) {
            if (!p.in().equals("path") && !p.in().equals("query")) {
                continue;
            }
            String t = p.in() + ":" + p.name();
            JsonNode s = ops.resolve(p.schema());
            for (Map.Entry<String, String> v : paramValues(s).entrySet()) {
                l.add(new Atom("param " + v.getKey(), t, Ops.F.textNode(v.getValue()), false));
            }
            if (p.in().equals("query")) {
                l.add(new Atom("param missing", t, null, true));
            }
        }
        if (base.body() != null) {
            walk(ops, base.body(), op.bodySchema(), "", l, 0);
        }
        return l;
    }

    private static Map<String, String> paramValues(JsonNode s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("empty", "");
        v.put("wrong type (text)", "abc");
        v.put("-1", "-1");
        v.put("2^63", BIG_NUMBER);
        v.put("1e308", "1e308");
        v.put("U+0000", "a\u0000b");
        v.put("U+001F", "a\u001fb");
        v.put("huge string", HUGE_PARAM);
        v.put("date 0000-01-01", "0000-01-01");
        v.put("date 1900-01-01", "1900-01-01");
        v.put("date 9999-12-31", "9999-12-31");
        v.put("date 2026-02-30", "2026-02-30");
        if (s.has("enum")) {
            v.put("unknown enum value", "NOT_A_VALUE");
        }
        v.put("path traversal", "../../../etc/passwd");
        v.put("quote", "'\"");
        return v;
    }

    /** Mutations of every field of the body, down to three levels (arrays: their first element). */
    private void walk(Ops ops, JsonNode node, JsonNode schema, String pointer, List<Atom> l, int depth) {
        JsonNode s = schema == null ? Ops.F.objectNode() : ops.resolve(schema);
        if (!pointer.isEmpty()) {
            l.addAll(valueAtoms(pointer, node, s));
        }
        if (depth >= 3) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(ops, f.getValue(), s.path("properties").path(f.getKey()), pointer + "/" + f.getKey(), l, depth + 1);
            }
            l.add(new Atom("extra field", pointer + "/unexpectedField", Ops.F.textNode("x"), false));
        } else if (node.isArray() && node.size() > 0) {
            walk(ops, node.get(0), s.path("items"), pointer + "/0", l, depth + 1);
        }
    }

    private static List<Atom> valueAtoms(String p, JsonNode value, JsonNode s) {
        List<Atom> l = new ArrayList<>();
        l.add(new Atom("null", p, Ops.F.nullNode(), false));
        if (!p.matches(".*/\\d+$")) {
            l.add(new Atom("missing", p, null, true));
        }
        l.add(new Atom("deep nesting (1000 arrays)", p, raw(deepArray(1000)), false));
        l.add(new Atom("deep nesting (1000 objects)", p, raw(deepObject(1000)), false));
        if (value.isTextual()) {
            l.add(new Atom("wrong type (number)", p, Ops.F.numberNode(12345), false));
            l.add(new Atom("wrong type (boolean)", p, Ops.F.booleanNode(true), false));
            l.add(new Atom("wrong type (object)", p, Ops.F.objectNode().put("a", 1), false));
            l.add(new Atom("wrong type (array)", p, Ops.F.arrayNode().add("x"), false));
            l.add(new Atom("empty string", p, Ops.F.textNode(""), false));
            l.add(new Atom("blank string", p, Ops.F.textNode("   "), false));
            l.add(new Atom("U+0000", p, Ops.F.textNode(value.asText() + "\u0000"), false));
            l.add(new Atom("U+001F", p, Ops.F.textNode("a\u001fb"), false));
            l.add(new Atom("huge string", p, Ops.F.textNode(HUGE), false));
            l.add(new Atom("lone surrogate", p, raw("\"a\\ud800b\""), false));
            l.add(new Atom("emoji and RTL override", p, Ops.F.textNode("😀\u202e申请"), false));
            String format = s.path("format").asText("");
            if (format.equals("date") || value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                for (String d : List.of("0000-01-01", "1900-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "+10000-01-01", "20260101")) {
                    l.add(new Atom("date " + d, p, Ops.F.textNode(d), false));
                }
            }
            if (format.equals("date-time") || value.asText().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                for (String d : List.of("0000-01-01T00:00:00+08:00", "9999-12-31T23:59:59+08:00", "2026-02-30T10:00:00+08:00",
                        "2026-10-08T10:00:00", "2026-10-08T10:00:00+25:00")) {
                    l.add(new Atom("date-time " + d.substring(0, 10) + (d.length() > 19 ? d.substring(19) : " no offset"), p, Ops.F.textNode(d), false));
                }
            }
            if (format.equals("uuid")) {
                l.add(new Atom("malformed uuid", p, Ops.F.textNode("not-a-uuid"), false));
                l.add(new Atom("nil uuid", p, Ops.F.textNode("00000000-0000-0000-0000-000000000000"), false));
            }
            if (s.has("enum")) {
                l.add(new Atom("unknown enum value", p, Ops.F.textNode("NOT_A_VALUE"), false));
                l.add(new Atom("enum in lower case", p, Ops.F.textNode(value.asText().toLowerCase()), false));
            }
        } else if (value.isNumber()) {
            l.add(new Atom("wrong type (text)", p, Ops.F.textNode("abc"), false));
            l.add(new Atom("number as text", p, Ops.F.textNode(value.asText()), false));
            l.add(new Atom("wrong type (boolean)", p, Ops.F.booleanNode(true), false));
            l.add(new Atom("wrong type (object)", p, Ops.F.objectNode(), false));
            l.add(new Atom("-1", p, Ops.F.numberNode(-1), false));
            l.add(new Atom("0", p, Ops.F.numberNode(0), false));
            l.add(new Atom("2^63", p, raw(BIG_NUMBER), false));
            l.add(new Atom("-2^63-1", p, raw("-9223372036854775809"), false));
            l.add(new Atom("2^31", p, raw("2147483648"), false));
            l.add(new Atom("1e308", p, raw("1e308"), false));
            l.add(new Atom("1e400", p, raw("1e400"), false));
            l.add(new Atom("fraction", p, raw("1.5"), false));
        } else if (value.isBoolean()) {
            l.add(new Atom("wrong type (text)", p, Ops.F.textNode("yes"), false));
            l.add(new Atom("wrong type (number)", p, Ops.F.numberNode(1), false));
        } else if (value.isObject()) {
            l.add(new Atom("wrong type (text)", p, Ops.F.textNode("x"), false));
            l.add(new Atom("wrong type (array)", p, Ops.F.arrayNode(), false));
            l.add(new Atom("empty object", p, Ops.F.objectNode(), false));
        } else if (value.isArray()) {
            l.add(new Atom("wrong type (text)", p, Ops.F.textNode("x"), false));
            l.add(new Atom("wrong type (object)", p, Ops.F.objectNode(), false));
            l.add(new Atom("empty array", p, Ops.F.arrayNode(), false));
            l.add(new Atom("array with null", p, Ops.F.arrayNode().addNull(), false));
            ArrayNode many = Ops.F.arrayNode();
            for (int i = 0; i < 10_000; i++) {
                many.add(value.size() > 0 ? value.get(0).deepCopy() : Ops.F.textNode("x"));
            }
            l.add(new Atom("10,000 elements", p, many, false));
        }
        return l;
    }

    /** The base request with the atoms applied: parameters replaced or removed, body fields set or removed. */
    static Ops.Req apply(Ops.Base base, List<Atom> atoms) {
        Map<String, String> path = new LinkedHashMap<>(base.path());
        Map<String, String> query = new LinkedHashMap<>(base.query());
        JsonNode body = base.body() == null ? null : base.body().deepCopy();
        for (Atom a : atoms) {
            if (a.target().startsWith("path:")) {
                path.put(a.target().substring(5), a.value().asText());
            } else if (a.target().startsWith("query:")) {
                String n = a.target().substring(6);
                if (a.remove()) {
                    query.remove(n);
                } else {
                    query.put(n, a.value().asText());
                }
            } else if (body != null) {
                body = setAt(body, a.target(), a.remove() ? null : a.value().deepCopy(), a.remove());
            }
        }
        return base.request(path, query, body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8),
                base.op().mediaType() == null ? "application/json" : base.op().mediaType());
    }

    private static JsonNode setAt(JsonNode root, String pointer, JsonNode value, boolean remove) {
        int cut = pointer.lastIndexOf('/');
        String parentPointer = pointer.substring(0, cut);
        String last = pointer.substring(cut + 1);
        JsonNode parent = parentPointer.isEmpty() ? root : root.at(parentPointer);
        if (parent instanceof ObjectNode o) {
            if (remove) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a && last.matches("\\d+") && Integer.parseInt(last) < a.size()) {
            if (remove) {
                a.remove(Integer.parseInt(last));
            } else {
                a.set(Integer.parseInt(last), value);
            }
        }
        return root;
    }

    /** Mutations of the body as a whole. */
    static List<Probe> wholeBody(Ops.Op op, Ops.Base base) {
        String json = base.body().toString();
        List<Probe> l = new ArrayList<>();
        String ct = op.mediaType() == null ? "application/json" : op.mediaType();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("trailing garbage", (json + " trailing").getBytes(StandardCharsets.UTF_8));
        bodies.put("trailing brace", (json + "}").getBytes(StandardCharsets.UTF_8));
        bodies.put("two JSON documents", (json + json).getBytes(StandardCharsets.UTF_8));
        bodies.put("single-quoted JSON", json.replace('"', '\'').getBytes(StandardCharsets.UTF_8));
        bodies.put("JSON with comments", ("/* c */" + json).getBytes(StandardCharsets.UTF_8));
        bodies.put("truncated JSON", json.substring(0, Math.max(1, json.length() / 2)).getBytes(StandardCharsets.UTF_8));
        bodies.put("empty body", new byte[0]);
        bodies.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("JSON array", "[]".getBytes(StandardCharsets.UTF_8));
        bodies.put("empty object", "{}".getBytes(StandardCharsets.UTF_8));
        bodies.put("JSON string", "\"x\"".getBytes(StandardCharsets.UTF_8));
        bodies.put("JSON number", "123".getBytes(StandardCharsets.UTF_8));
        bodies.put("not JSON", "<xml>not json</xml>".getBytes(StandardCharsets.UTF_8));
        bodies.put("byte order mark", ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));
        // into the first string value, or the first string in an array (a body of enums only has no ":"): a body the
        // mutation could not reach is not sent, so it cannot be "accepted although invalid"
        String control = json.contains("\":\"") ? json.replaceFirst("\":\"", "\":\"\u0001") : json.replaceFirst("\\[\"", "[\"\u0001");
        if (!control.equals(json)) {
            bodies.put("raw control character in a string", control.getBytes(StandardCharsets.UTF_8));
        }
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf("\":\"");
        if (quote > 0) {
            byte[] bad = new byte[utf8.length + 2];
            int at = json.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
            System.arraycopy(utf8, 0, bad, 0, at);
            bad[at] = (byte) 0xC3;
            bad[at + 1] = (byte) 0x28;
            System.arraycopy(utf8, at, bad, at + 2, utf8.length - at);
            bodies.put("invalid UTF-8", bad);
        }
        bodies.put("deep nesting (1000 objects) as body", deepObject(1000).getBytes(StandardCharsets.UTF_8));
        bodies.put("deep nesting (1000 arrays) as body", deepArray(1000).getBytes(StandardCharsets.UTF_8));
        if (base.body() instanceof ObjectNode o) {
            ObjectNode big = o.deepCopy();
            big.put("padding", "x".repeat(2_500_000));
            bodies.put("2.5 MB body", big.toString().getBytes(StandardCharsets.UTF_8));
            ObjectNode extra = o.deepCopy();
            extra.put("unexpectedField", 1);
            bodies.put("extra field", extra.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
            l.add(new Probe(op, "body " + b.getKey(), b.getKey(), List.of(b.getKey()), base.request(base.path(), base.query(), b.getValue(), ct)));
        }
        l.add(new Probe(op, "body as text/plain", "wrong content type", List.of("wrong content type"),
                base.request(base.path(), base.query(), utf8, "text/plain")));
        l.add(new Probe(op, "body as application/xml", "wrong content type", List.of("wrong content type"),
                base.request(base.path(), base.query(), "<a/>".getBytes(StandardCharsets.UTF_8), "application/xml")));
        return l;
    }
}
