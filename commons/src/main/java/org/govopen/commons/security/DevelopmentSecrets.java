package org.govopen.commons.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a service outside the development profiles ({@code dev}, {@code test}, {@code local}) while it
 * trusts the development JWT key that ships with the product: anybody holding the repository could sign tokens for
 * it. Services add their own development secrets with {@link #refuseInProduction(String, String, String)}.
 */
@ApplicationScoped
public class DevelopmentSecrets {

    /** Profiles in which the development key and secrets may be used. */
    public static final Set<String> DEVELOPMENT_PROFILES = Set.of("dev", "test", "local");
    static final String DEV_KEY = "govopen/jwt/dev-public.pem";

    void onStart(@Observes StartupEvent event) {
        if (isDevelopment(ConfigUtils.getProfiles())) {
            return;
        }
        var config = ConfigProvider.getConfig();
        List<String> problems = jwtKeyProblems(config.getOptionalValue("mp.jwt.verify.publickey.location", String.class),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class), developmentKey());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    /** True when one of the active profiles is a development profile. */
    public static boolean isDevelopment(List<String> activeProfiles) {
        return activeProfiles.stream().anyMatch(DEVELOPMENT_PROFILES::contains);
    }

    /**
     * A service's own development secret: outside the development profiles, {@code value} equal to
     * {@code developmentValue} stops the start with a message naming {@code property}.
     */
    public static void refuseInProduction(String property, String value, String developmentValue) {
        if (!isDevelopment(ConfigUtils.getProfiles()) && developmentValue.equals(value)) {
            throw new IllegalStateException(property + " still has its development value; set a secret of your own "
                    + "(environment variable " + property.toUpperCase().replaceAll("[.-]", "_") + ")");
        }
    }

    static List<String> jwtKeyProblems(Optional<String> location, Optional<String> inlineKey, String developmentKey) {
        List<String> problems = new ArrayList<>();
        if (location.isEmpty() && inlineKey.isEmpty()) {
            problems.add("no JWT verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the identity provider's JWKS URL");
        }
        if (location.filter(l -> l.endsWith(DEV_KEY)).isPresent()) {
            problems.add("mp.jwt.verify.publickey.location points to the development key " + DEV_KEY
                    + "; point it at the identity provider's JWKS URL");
        }
        if (inlineKey.filter(k -> normalised(k).equals(normalised(developmentKey))).isPresent()) {
            problems.add("mp.jwt.verify.publickey is the development key; use the identity provider's key");
        }
        return problems;
    }

    private static String developmentKey() {
        try (InputStream in = DevelopmentSecrets.class.getClassLoader().getResourceAsStream(DEV_KEY)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String normalised(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
