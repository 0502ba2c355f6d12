package org.govopen.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens signed with the development key, the same key {@code deploy/local/token} uses. */
public final class Tokens {

    public static final String ISSUER = "https://govopen.local/dev";
    private static PrivateKey key;

    private Tokens() {
    }

    /** A staff member with {@code role} in {@code unit} (a unit path such as {@code nanning/qingxiu}). */
    public static String staff(String role, String unit) {
        return staff("user-" + role, Set.of(role), unit);
    }

    public static String staff(String user, Set<String> roles, String unit) {
        return Jwt.issuer(ISSUER)
                .upn(user)
                .subject(user)
                .claim("name", user)
                .groups(roles)
                .claim("unit", unit)
                .expiresIn(Duration.ofHours(1))
                .sign(key());
    }

    /** {@code Authorization} header value. */
    public static String bearer(String role, String unit) {
        return "Bearer " + staff(role, unit);
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("govopen/jwt/dev-private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return key;
    }
}
