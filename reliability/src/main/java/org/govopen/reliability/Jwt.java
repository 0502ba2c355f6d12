package org.govopen.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Development bearer tokens, signed RS256 with plain JCA, the way {@code deploy/local/token} signs them — and the
 * bad ones of the token matrix (expired, another key, alg none, tampered payload, wrong issuer).
 */
final class Jwt {

    static final String ISSUER = "https://govopen.local/dev";
    static final List<String> STAFF_ROLES = List.of("clerk", "reviewer", "handler", "supervisor", "operator", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey devKey;
    private final PrivateKey otherKey;

    Jwt(Path root) throws Exception {
        String pem = Files.readString(root.resolve("testing/src/main/resources/govopen/jwt/dev-private.pem"));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        devKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        otherKey = g.generateKeyPair().getPrivate();
    }

    /** The claims {@code deploy/local/token} writes, valid for an hour. */
    static ObjectNode claims(List<String> roles, String unit, String user) {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode c = JSON.createObjectNode();
        c.put("iss", ISSUER).put("sub", user).put("upn", user).put("name", user);
        ArrayNode groups = c.putArray("groups");
        roles.forEach(groups::add);
        if (unit != null) {
            c.put("unit", unit);
        }
        c.put("iat", now).put("exp", now + 3600);
        return c;
    }

    String sign(ObjectNode claims) {
        return sign(claims, devKey);
    }

    String signWithOtherKey(ObjectNode claims) {
        return sign(claims, otherKey);
    }

    static String algNone(ObjectNode claims) {
        return enc("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + enc(claims.toString()) + ".";
    }

    /** A properly signed token whose payload is then replaced: the signature no longer matches. */
    String tampered(ObjectNode signedClaims, ObjectNode claimedInstead) {
        String[] parts = sign(signedClaims).split("\\.");
        return parts[0] + "." + enc(claimedInstead.toString()) + "." + parts[2];
    }

    private static String sign(ObjectNode claims, PrivateKey key) {
        try {
            String input = enc("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + enc(claims.toString());
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
