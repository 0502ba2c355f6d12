package org.govopen.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * (e) Every staff operation (those with {@code security} in the OpenAPI document) of every service with each bad
 * token: none, expired, signed by another key, alg none, tampered payload, wrong issuer (each of them claiming
 * every role for unit nanning), every role for another unit (liuzhou), and a token of unit nanning without a role
 * the operation allows. Anything but 401/403 is printed; for the other unit a 404 or an empty list is
 * legitimate and reported apart, a 2xx with content is a leak.
 * <pre>java … TokenMatrix ROOT [service …]</pre>
 */
public final class TokenMatrix {

    record Variant(String name, String token, boolean otherUnit) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<String> services = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(Stack.PORTS.keySet());
        Jwt jwt = new Jwt(root);
        String staff = jwt.sign(Jwt.claims(Jwt.STAFF_ROLES, "nanning", "reliab-staff"));
        boolean clean = true;
        for (String s : services) {
            clean &= service(root, s, jwt, staff);
        }
        System.exit(clean ? 0 : 1);
    }

    static List<Variant> variants(Jwt jwt, Ops.Op op) {
        ObjectNode all = Jwt.claims(Jwt.STAFF_ROLES, "nanning", "reliab-bad");
        ObjectNode expired = all.deepCopy();
        long now = System.currentTimeMillis() / 1000;
        expired.put("iat", now - 7200).put("exp", now - 3600);
        ObjectNode issuer = all.deepCopy();
        issuer.put("iss", "https://idp.example.com/other");
        ObjectNode weak = Jwt.claims(List.of("operator"), "nanning/qingxiu/none", "reliab-weak");
        // the staff roles the operation does not allow; for one open to all staff ("staff", a role the services
        // derive from the six), a token that claims "staff" itself and none of the six
        List<String> without = new ArrayList<>(Jwt.STAFF_ROLES);
        without.removeAll(op.roles());
        if (op.roles().isEmpty() || op.roles().contains("staff") || without.isEmpty()) {
            without = List.of("staff");
        }
        List<Variant> v = new ArrayList<>();
        v.add(new Variant("none", null, false));
        v.add(new Variant("expired", jwt.sign(expired), false));
        v.add(new Variant("other key", jwt.signWithOtherKey(all), false));
        v.add(new Variant("alg none", Jwt.algNone(all), false));
        v.add(new Variant("tampered payload", jwt.tampered(weak, all), false));
        v.add(new Variant("wrong issuer", jwt.sign(issuer), false));
        v.add(new Variant("other unit", jwt.sign(Jwt.claims(Jwt.STAFF_ROLES, "liuzhou", "reliab-liuzhou")), true));
        v.add(new Variant("missing role " + without, jwt.sign(Jwt.claims(without, "nanning", "reliab-norole")), false));
        return v;
    }

    static boolean service(Path root, String service, Jwt jwt, String staff) throws Exception {
        Stack stack = new Stack(root, "tokens-" + service);
        Load.ensureUnits(staff);
        Ops ops = new Ops(service);
        Ops.Harvest harvest = new Ops.Harvest();
        for (int pass = 0; pass < 2; pass++) {
            for (Ops.Op op : ops.ops) {
                Http.Answer a = Ops.send(ops.base(op, harvest).request(), staff, Duration.ofSeconds(30));
                harvest.record(op, a);
            }
        }
        List<Ops.Op> secured = ops.ops.stream().filter(Ops.Op::secured).toList();
        long requests = 0;
        long unexpected = 0;
        Map<String, Long> otherUnit = new TreeMap<>();
        Map<String, Long> byVariant = new LinkedHashMap<>();
        for (Ops.Op op : secured) {
            Ops.Req req = ops.base(op, harvest).request();
            for (Variant v : variants(jwt, op)) {
                Http.Answer a = Ops.send(req, v.token(), Duration.ofSeconds(30));
                requests++;
                String where = op.label() + " with " + v.name() + " token → " + a.describe() + " " + Fmt.prefix(a.body(), 200);
                stack.log(where);
                if (a.status() == 401 || a.status() == 403) {
                    byVariant.merge(v.name().startsWith("missing role") ? "missing role" : v.name(), 0L, Long::sum);
                    if (v.otherUnit()) {
                        otherUnit.merge(Integer.toString(a.status()), 1L, Long::sum);
                    }
                    continue;
                }
                if (v.otherUnit()) {
                    if (a.status() == 404) {
                        otherUnit.merge("404", 1L, Long::sum);
                        continue;
                    }
                    if (a.status() == 200 && emptyList(a.body())) {
                        otherUnit.merge("200 empty list", 1L, Long::sum);
                        continue;
                    }
                    if (a.status() == 400) {
                        // the request was refused before the unit could matter: not a leak, but not proof either
                        otherUnit.merge("400", 1L, Long::sum);
                        stack.log("  other unit answered 400 (input checked before the unit): " + where);
                        continue;
                    }
                }
                unexpected++;
                byVariant.merge(v.name().startsWith("missing role") ? "missing role" : v.name(), 1L, Long::sum);
                stack.finding(service + ": " + where + (v.otherUnit() && a.is2xx() ? "  (LEAK: another unit's data)" : ""));
            }
        }
        Map<String, Long> bad = new LinkedHashMap<>();
        byVariant.forEach((k, n) -> {
            if (n > 0) {
                bad.put(k, n);
            }
        });
        System.out.println("tokens " + service + "-service: " + secured.size() + " staff operations × 8 tokens = "
                + Fmt.n(requests) + " requests, " + Fmt.n(unexpected) + " answered other than 401/403"
                + (bad.isEmpty() ? "" : " " + bad)
                + "; other unit answered " + (otherUnit.isEmpty() ? "nothing" : otherUnit.toString()));
        System.out.flush();
        return unexpected == 0;
    }

    /** [] or a page whose items are empty. */
    static boolean emptyList(String body) {
        try {
            JsonNode n = Ops.JSON.readTree(body);
            if (n.isArray()) {
                return n.isEmpty();
            }
            for (String f : List.of("content", "items", "results", "data")) {
                if (n.has(f) && n.get(f).isArray()) {
                    return n.get(f).isEmpty();
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
