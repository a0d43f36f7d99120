package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** Bounded work per request and bounded guessing, with the small limits of {@link LimitsProfile}. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
class LimitsTest {

    static final String PASSWORD = "limits-password-1";

    @Inject
    UserService users;

    private static String quotes(int n) {
        StringBuilder sb = new StringBuilder("Limits " + java.util.UUID.randomUUID() + ".");
        for (int i = 0; i < n; i++) {
            sb.append(" She called it “word").append(i).append("” then.");
        }
        return sb.toString();
    }

    @Test
    void anArticleWithMoreQuotationsThanTheCapIsRefusedAndNothingIsStored() {
        String basic = Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD);
        Http.Answer before = send("GET", "/api/v1/articles", null, "Authorization", basic);
        Http.Answer a = send("POST", "/api/v1/articles", utf8("{\"text\":\"" + quotes(6) + "\"}"),
                "Content-Type", "application/json", "Authorization", basic);
        assertEquals(400, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"));
        assertTrue(a.body().contains("\"limit\":5"), a.body());
        assertEquals(total(before), total(send("GET", "/api/v1/articles", null, "Authorization", basic)));
    }

    @Test
    void anArticleAtTheCapIsStored() {
        Http.Answer a = send("POST", "/api/v1/articles", utf8("{\"text\":\"" + quotes(5) + "\"}"),
                "Content-Type", "application/json", "Authorization", Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD));
        assertEquals(201, a.status(), a.body());
    }

    @Test
    void theDryRunRefusesMoreQuotationsThanTheCapToo() {
        Http.Answer a = send("POST", "/api/v1/extractions", utf8("{\"text\":\"" + quotes(6) + "\"}"),
                "Content-Type", "application/json", "Authorization", Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD));
        assertEquals(400, a.status(), a.body());
    }

    @Test
    void anonymousDryRunsAreBoundedInSizeButSignedInOnesAreNot() {
        String big = "{\"text\":\"“" + "x".repeat(1200) + ",” she said.\"}";
        Http.Answer anonymous = send("POST", "/api/v1/extractions", utf8(big), "Content-Type", "application/json");
        assertEquals(413, anonymous.status(), anonymous.body());
        Http.Answer signedIn = send("POST", "/api/v1/extractions", utf8(big), "Content-Type", "application/json",
                "Authorization", Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD));
        assertEquals(200, signedIn.status(), signedIn.body());
    }

    @Test
    void anonymousDryRunsAreBoundedInRateWithRetryAfter() {
        Http.Answer last = null;
        for (int i = 0; i < 5; i++) {
            last = send("POST", "/api/v1/extractions", utf8("{\"text\":\"“Hi,” she said.\"}"),
                    "Content-Type", "application/json");
        }
        assertEquals(429, last.status(), last.body());
        assertTrue(last.contentType().startsWith("application/problem+json"));
        assertTrue(Long.parseLong(last.header("Retry-After")) >= 1);
        Http.Answer signedIn = send("POST", "/api/v1/extractions", utf8("{\"text\":\"“Hi,” she said.\"}"),
                "Content-Type", "application/json", "Authorization", Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD));
        assertEquals(200, signedIn.status());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhileEvenAgainstTheRightOne() {
        users.createIfAbsent("limits-victim", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("limits-bystander", PASSWORD, Set.of(Role.REVIEWER));
        assertEquals(200, me("limits-victim", PASSWORD).status());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, me("limits-victim", "wrong-password-" + i).status());
        }
        Http.Answer locked = me("limits-victim", PASSWORD);
        assertEquals(429, locked.status(), locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"));
        assertNotNull(locked.header("Retry-After"));
        assertEquals(200, me("limits-bystander", PASSWORD).status(), "another account is not locked");
        // the form refuses it too, with the sign-in page's message
        Http.Answer form = send("POST", "/j_security_check", utf8("j_username=limits-victim&j_password=" + PASSWORD),
                "Content-Type", "application/x-www-form-urlencoded");
        assertTrue(form.header("Location").contains("error"), form.header("Location"));
        assertEquals(null, Http.cookie(form, "quarkus-credential"));
    }

    private static Http.Answer me(String user, String password) {
        return send("GET", "/api/v1/me", null, "Authorization", Http.basic(user, password));
    }

    private static long total(Http.Answer list) {
        return Long.parseLong(list.body().replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
    }
}
