package org.quotecheck.hardening;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.fields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;
import org.quotecheck.user.UserView;

/**
 * Single sign-on through OpenID Connect, end to end against a WireMock provider: the browser is
 * sent to the provider, signs in there, comes back with a code, and quotecheck turns the provider
 * identity into a normal desk session, or refuses it with a page that says why.
 */
@QuarkusTest
@TestProfile(SsoProfile.class)
class SsoCodeFlowTest {

    @Inject
    UserService users;

    @ConfigProperty(name = "keycloak.url")
    String providerUrl;

    @Test
    void theSignInPageOffersTheProviderNextToTheLocalForm() {
        Http.Answer login = Http.send("GET", "/login", null);
        assertEquals(200, login.status());
        assertTrue(login.body().contains("href=\"/sso/login\""), login.body());
        assertTrue(login.body().contains("Sign in with " + SsoProfile.PROVIDER));
        assertTrue(login.body().contains("j_password"), "local accounts keep their form");
        assertFalse(login.body().contains("<script>"), "a plain link, no inline script");
    }

    @Test
    void aReviewerSignsInAndTheDeskShowsTheirQueue() {
        SsoBrowser.Result r = signIn("sso-reviewer", "subject-reviewer", List.of("desk", "canteen-committee"));
        assertEquals(200, r.page().status(), r.page().body());
        assertTrue(r.page().body().contains("sso-reviewer"));
        assertTrue(r.page().body().contains("http-equiv=\"refresh\""), "goes on to the desk without script");
        Http.Desk desk = Http.Desk.of(r.deskCookies());
        Http.Answer queue = desk.get("/");
        assertEquals(200, queue.status(), queue.body());
        assertTrue(queue.body().contains("sso-reviewer"), "the desk knows who is signed in");
        UserView account = users.find("sso-reviewer").orElseThrow();
        assertEquals(Set.of(Role.REVIEWER), account.roles(), "canteen-committee maps to nothing and is ignored");
        assertEquals(403, desk.get("/admin/users").status(), "a reviewer is no administrator");
        assertFalse(r.deskCookies().contains("q_session"), "the OIDC session only carried the sign-in over");
    }

    @Test
    void aReviewIsRecordedInTheAccountsName() {
        Http.Desk desk = Http.Desk.of(signIn("sso-author", "subject-author", List.of("desk")).deskCookies());
        String admin = Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD);
        long q = Http.Stored.article(admin).quotation();
        Http.Answer review = desk.form("/quotations/" + q + "/review", fields("verdict", "VERIFIED", "version", "0"));
        assertTrue(review.status() == 303 || review.status() == 302, review.status() + " " + review.body());
        String reviews = Http.send("GET", "/api/v1/quotations/" + q + "/reviews", null, "Authorization", admin).body();
        assertTrue(reviews.contains("\"reviewer\":\"sso-author\""), reviews);
    }

    @Test
    void theRolesClaimDecidesWhoMayOpenTheAdminPages() {
        Http.Desk admin = Http.Desk.of(signIn("sso-admin", "subject-admin", List.of("quotecheck-admins"))
                .deskCookies());
        assertEquals(200, admin.get("/admin/users").status());
        assertEquals(403, admin.form("/articles", fields("format", "text", "body", "")).status(),
                "admin-only: reads, does not review (the same role matrix as a local account)");
        Http.Desk both = Http.Desk.of(signIn("sso-both", "subject-both", List.of("fact-checkers", "quotecheck-admins"))
                .deskCookies());
        assertEquals(200, both.get("/admin/users").status());
        assertEquals(Set.of(Role.REVIEWER, Role.ADMIN), users.find("sso-both").orElseThrow().roles());
    }

    @Test
    void rolesFollowTheProviderAtEverySignIn() {
        signIn("sso-demoted", "subject-demoted", List.of("quotecheck-admins", "desk"));
        Http.Desk desk = Http.Desk.of(signIn("sso-demoted", "subject-demoted", List.of("desk")).deskCookies());
        assertEquals(Set.of(Role.REVIEWER), users.find("sso-demoted").orElseThrow().roles());
        assertEquals(403, desk.get("/admin/users").status());
    }

    @Test
    void aUserWithoutAMappedRoleIsRefusedWithAPageNotAnError() {
        SsoBrowser.Result r = signIn("sso-nobody", "subject-nobody", List.of("canteen-committee"));
        assertEquals(403, r.page().status());
        assertTrue(r.page().body().contains("no quotecheck role"), r.page().body());
        assertTrue(r.page().contentType().startsWith("text/html"));
        assertFalse(r.deskCookies().contains("qc-session="), "no desk session");
        assertTrue(users.find("sso-nobody").isEmpty(), "no account is made for someone who may not use it");
    }

    @Test
    void aDisabledLocalAccountCannotSignInThroughTheProvider() {
        users.createIfAbsent("sso-disabled", "local-password-1", Set.of(Role.REVIEWER));
        users.setEnabled("sso-disabled", false);
        SsoBrowser.Result r = signIn("sso-disabled", "subject-disabled", List.of("desk"));
        assertEquals(403, r.page().status());
        assertTrue(r.page().body().contains("is disabled"), r.page().body());
        assertFalse(r.deskCookies().contains("qc-session="));
    }

    @Test
    void anExistingLocalAccountIsLinkedAndKeepsItsPassword() {
        users.createIfAbsent("sso-local", "local-password-1", Set.of(Role.REVIEWER));
        assertEquals(200, signIn("sso-local", "subject-local", List.of("desk")).page().status());
        assertEquals(200, Http.Desk.signIn("sso-local", "local-password-1").get("/").status());
        SsoBrowser.Result other = signIn("sso-local", "someone-else", List.of("desk"));
        assertEquals(403, other.page().status(), "another provider account cannot take over the linked name");
        assertTrue(other.page().body().contains("belongs to another identity provider account"));
    }

    @Test
    void aUserNameThatCannotBeAnAccountIsRefused() {
        SsoBrowser.Result r = signIn("Jane Doe <jane@example.org>", "subject-jane", List.of("desk"));
        assertEquals(403, r.page().status());
        assertTrue(r.page().body().contains("no user name that quotecheck can use"));
    }

    @Test
    void signingOutEndsTheSingleSignOnSessionLikeAnyOther() {
        Http.Desk desk = Http.Desk.of(signIn("sso-leaver", "subject-leaver", List.of("desk")).deskCookies());
        Http.Desk elsewhere = Http.Desk.of(signIn("sso-leaver", "subject-leaver", List.of("desk")).deskCookies());
        assertEquals(200, desk.get("/").status());
        assertEquals(303, desk.form("/logout", fields()).status());
        assertTrue(desk.get("/").header("Location").contains("/login"), "the old cookies sign no one in");
        assertEquals(200, elsewhere.get("/").status());
        assertEquals(303, elsewhere.form("/logout/everywhere", fields()).status());
        assertTrue(elsewhere.get("/").header("Location").contains("/login"));
    }

    @Test
    void disablingTheAccountEndsItsSingleSignOnSession() {
        Http.Desk desk = Http.Desk.of(signIn("sso-fired", "subject-fired", List.of("desk")).deskCookies());
        assertEquals(200, desk.get("/").status());
        users.setEnabled("sso-fired", false);
        assertTrue(desk.get("/").header("Location").contains("/login"));
    }

    @Test
    void anErrorFromTheProviderIsAPageNotAnError() {
        Http.Answer error = Http.send("GET", "/sso/error?error=access_denied", null);
        assertEquals(403, error.status());
        assertTrue(error.body().contains("did not sign you in"));
    }

    /** The SSO pages are desk pages: the strict policy, no inline script or style, cookies flagged. */
    @Test
    void theSingleSignOnPagesSatisfyTheSecurityHeaders() {
        SsoBrowser.Result in = signIn("sso-headers", "subject-headers", List.of("desk"));
        SsoBrowser.Result out = signIn("sso-headers-refused", "subject-headers-refused", List.of());
        for (Http.Answer a : List.of(in.page(), out.page(), Http.send("GET", "/sso/error", null),
                Http.send("GET", "/login", null))) {
            assertEquals(SecurityHeadersPageTest.CSP, a.header("Content-Security-Policy"));
            assertEquals("DENY", a.header("X-Frame-Options"));
            assertFalse(SecurityHeadersPageTest.INLINE.matcher(a.body()).find(), a.body());
        }
        List<String> deskCookies = in.page().all("Set-Cookie").stream()
                .filter(c -> c.startsWith("qc-session=") || c.startsWith("quarkus-credential=")).toList();
        assertEquals(2, deskCookies.size(), in.page().all("Set-Cookie").toString());
        deskCookies.forEach(c -> assertTrue(c.contains("SameSite=Strict")
                && c.toLowerCase(java.util.Locale.ROOT).contains("httponly"), c));
        assertEquals("no-store", in.page().header("Cache-Control"));
    }

    /** A forged or replayed callback (no state cookie, hostile values) is refused, never a 5xx. */
    @Test
    void aForgedCallbackIsRefusedWithoutAnError() {
        List<String> hostile = List.of("", "x", "a%00b", "%ff", "%3Cscript%3E", "x".repeat(3000), "..%2F..%2F");
        for (String state : hostile) {
            for (String code : List.of("x", "a%00b")) {
                Http.Answer a = Http.send("GET", "/sso/login?state=" + state + "&code=" + code, null);
                assertTrue(a.status() < 500 && a.status() != 200, state + "/" + code + ": " + a.status());
            }
        }
        Http.Answer error = Http.send("GET", "/sso/error?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null);
        assertEquals(403, error.status());
        assertFalse(error.body().contains("<script>alert"), "the provider's error is not echoed");
    }

    @Test
    void localAccountsKeepSigningInWithSingleSignOnOn() {
        assertEquals(200, Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD).get("/admin/users").status());
        assertEquals(200, Http.send("GET", "/api/v1/me", null, "Authorization",
                Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD)).status());
    }

    /** The API keeps Basic and quotecheck's own tokens: a provider token signs no one in there. */
    @Test
    void theApiDoesNotTakeTheProvidersTokens() {
        signIn("sso-api", "subject-api", List.of("desk"));
        String providerToken = Jwt.preferredUserName("sso-api").subject("subject-api").issuer(SsoProfile.ISSUER)
                .audience(SsoProfile.CLIENT_ID).groups(Set.of("desk")).jws().keyId("1").sign("privateKey.jwk");
        Http.Answer me = Http.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + providerToken);
        assertEquals(401, me.status(), me.body());
        assertTrue(me.contentType().startsWith("application/problem+json"));
        Http.Answer basic = Http.send("GET", "/api/v1/me", null, "Authorization", Http.basic("sso-api", "!sso-only"));
        assertEquals(401, basic.status(), "an account made by single sign-on has no password");
    }

    /** The provider's token endpoint answers the next code exchange with an ID token for this user. */
    private SsoBrowser.Result signIn(String username, String subject, List<String> groups) {
        URI provider = URI.create(providerUrl);
        WireMock wireMock = new WireMock(provider.getHost(), provider.getPort());
        String idToken = Jwt.preferredUserName(username).subject(subject).issuer(SsoProfile.ISSUER)
                .audience(SsoProfile.CLIENT_ID).groups(Set.copyOf(groups)).jws().keyId("1").sign("privateKey.jwk");
        wireMock.register(post("/auth/realms/quarkus/token").atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + idToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + idToken + "\"}")));
        SsoBrowser.Result result = SsoBrowser.signIn();
        assertNotNull(result.page());
        return result;
    }
}
