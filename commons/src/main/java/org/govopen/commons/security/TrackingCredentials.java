package org.govopen.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A citizen's tracking code (public, printed on the receipt of an application or a message) and secret (shown once,
 * stored only as a keyed, salted hash): how an applicant or a writer follows their own case without an account. Letters and digits that are easy to confuse (0/O, 1/I/L) are left out.
 * <p>
 * The secret is random (10 characters of 31, about 50 bits), never chosen by a person, so it needs no slow
 * password hash: it is stored as {@code hmac-sha256:SALT:HMAC-SHA-256(key, salt ‖ secret)} under a server-side key
 * ({@code govopen.tracking-secret-key}; request-service still reads its earlier name
 * {@code govopen.request.tracking-secret-key}) that is not in the database. A stolen table alone does not let
 * anyone test a guess; with the key too, a guess still costs one HMAC against 2^50 candidates per row. (The
 * earlier form {@code ITERATIONS:SALT:PBKDF2-HMAC-SHA-256}, about a millisecond of CPU per registration, is still
 * verified.) See docs/architecture.md § Tracking secrets.
 */
@ApplicationScoped
public class TrackingCredentials {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "hmac-sha256";

    @ConfigProperty(name = "govopen.tracking-secret-key", defaultValue = "govopen-development-tracking-key")
    String secretKey;

    private volatile SecretKeySpec key;

    public static String newCode() {
        return random(10);
    }

    public static String newSecret() {
        return random(10);
    }

    public String hash(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HMAC + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hmac(secret, salt));
    }

    public boolean matches(String secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 3) {
            return false;
        }
        String given = secret.trim().toUpperCase(Locale.ROOT);
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        byte[] actual = HMAC.equals(parts[0]) ? hmac(given, salt) : pbkdf2(given, salt, Integer.parseInt(parts[0]));
        return MessageDigest.isEqual(expected, actual);
    }

    private byte[] hmac(String secret, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(salt);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            k = new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = k;
        }
        return k;
    }

    /** The earlier form, still verified: PBKDF2-HMAC-SHA-256 with the stored iteration count. */
    static byte[] pbkdf2(String secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
