package org.quotecheck.hardening;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * Single sign-on switched on against Quarkus's WireMock OpenID Connect provider (no Docker, no
 * Keycloak): discovery document, keys, authorization endpoint with a simulated login, token
 * endpoint. The tests sign the ID tokens that the token endpoint hands out.
 */
public class SsoProfile implements QuarkusTestProfile {

    static final String CLIENT_ID = "quotecheck-desk";
    static final String ISSUER = "https://sso.example.org";
    static final String PROVIDER = "Newsroom SSO";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("quotecheck.oidc.enabled", "true"),
                Map.entry("quotecheck.oidc.provider-name", PROVIDER),
                Map.entry("quotecheck.oidc.role-mapping.reviewer", "desk,fact-checkers"),
                Map.entry("quotecheck.oidc.role-mapping.admin", "quotecheck-admins"),
                Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                Map.entry("quarkus.oidc.client-id", CLIENT_ID),
                Map.entry("quarkus.oidc.credentials.secret", "test-only-sso-client-secret"),
                Map.entry("quarkus.oidc.token.issuer", ISSUER),
                Map.entry("quotecheck.seeds.enabled", "false"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }
}
