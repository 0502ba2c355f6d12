package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govopen.request.domain.IdDocumentType;

/**
 * {@code applicantKey}: HMAC-SHA-256 of the applicant's ID document under a service secret. The same applicant
 * always gets the same key (fees and excessive requests per applicant per month, demand per document in
 * catalog-service), and the key reveals nothing about them.
 */
@ApplicationScoped
public class ApplicantKeys {

    @Inject
    RequestConfig config;

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
