package org.govopen.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Security (docs/security.md, V13/V14): the production profile refuses the development JWT key. */
class DevelopmentSecretsTest {

    static final String DEV = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\nhkiG9w0B\n-----END PUBLIC KEY-----\n";

    @Test
    void theDevelopmentKeyIsRefusedByLocationAndByContent() {
        assertFalse(DevelopmentSecrets.jwtKeyProblems(Optional.of("govopen/jwt/dev-public.pem"), Optional.empty(), DEV).isEmpty());
        assertFalse(DevelopmentSecrets.jwtKeyProblems(Optional.of("file:/etc/govopen/govopen/jwt/dev-public.pem"),
                Optional.empty(), DEV).isEmpty());
        assertFalse(DevelopmentSecrets.jwtKeyProblems(Optional.empty(), Optional.of("MIIBIjANBgkq hkiG9w0B"), DEV).isEmpty());
    }

    @Test
    void noKeyAtAllIsRefused() {
        assertEquals(1, DevelopmentSecrets.jwtKeyProblems(Optional.empty(), Optional.empty(), DEV).size());
    }

    @Test
    void theIdentityProvidersKeyIsAccepted() {
        assertTrue(DevelopmentSecrets.jwtKeyProblems(Optional.of("https://idp.example.gov.cn/realms/gov/protocol/openid-connect/certs"),
                Optional.empty(), DEV).isEmpty());
    }

    @Test
    void developmentProfilesAreDevTestAndLocal() {
        assertTrue(DevelopmentSecrets.isDevelopment(List.of("local")));
        assertTrue(DevelopmentSecrets.isDevelopment(List.of("test", "prod")));
        assertFalse(DevelopmentSecrets.isDevelopment(List.of("prod")));
        assertFalse(DevelopmentSecrets.isDevelopment(List.of()));
    }
}
