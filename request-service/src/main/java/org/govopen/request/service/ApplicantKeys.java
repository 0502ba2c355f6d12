package org.govopen.request.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govopen.commons.security.DevelopmentSecrets;
import org.govopen.request.domain.IdDocumentType;

/**
 * {@code applicantKey}: HMAC-SHA-256 of the applicant's ID document under a service secret. The same applicant
 * always gets the same key (fees and excessive requests per applicant per month, demand per document in
 * catalog-service), and the key reveals nothing about them.
 */
@ApplicationScoped
public class ApplicantKeys {

    static final String DEVELOPMENT_SECRET = "govopen-development-applicant-key";

    @Inject
    RequestConfig config;

    /** Outside the development profiles the development secret would make applicant keys guessable: refuse to start. */
    void onStart(@Observes StartupEvent event) {
        DevelopmentSecrets.refuseInProduction("govopen.request.applicant-key-secret", config.applicantKeySecret(),
                DEVELOPMENT_SECRET);
    }

    public String keyOf(IdDocumentType type, String idNumber) {
        String normalised = type.name() + ":" + idNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.applicantKeySecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
