package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The API tokens page in a real Chromium: create (the secret once), use it, revoke it. */
@QuarkusTest
class TokensBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    private int me(String secret) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Authorization", "Bearer " + secret).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aReviewerCreatesUsesAndRevokesATokenOnTheDesk() throws Exception {
        users.createIfAbsent("browser-tokens", "browser-password", Set.of(Role.REVIEWER));
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("browser-tokens", "browser-password");
            b.submit("nav a[href='/tokens']");
            assertTrue(b.path().startsWith("/tokens"), b.path());
            assertTrue(b.text().contains("You have no API tokens yet."), b.text());
            b.assertAccessible("tokens-empty");

            b.type("#name", "   ");
            b.submit("form[action='/tokens'] button[type=submit]");
            assertTrue(b.find("#name-error").getText().contains("required"), b.text());
            b.type("#name", "too late");
            b.js("document.getElementById('expires').value = '2020-01-01'");
            b.submit("form[action='/tokens'] button[type=submit]");
            assertTrue(b.find("#expires-error").getText().contains("future"), b.text());
            assertEquals("too late", b.find("#name").getAttribute("value"), "the name is kept");
            b.assertAccessible("tokens-error");

            b.type("#name", "ci & <nightly>");
            b.js("document.getElementById('expires').value = ''");
            b.submit("form[action='/tokens'] button[type=submit]");
            String secret = b.find("#new-token").getAttribute("value");
            assertTrue(secret.matches("qc_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(b.find("#new-token-hint").getText().contains("only this once"));
            assertTrue(b.find("tbody th").getText().contains("ci & <nightly>"), "the name is shown as text");
            assertTrue(b.find("tbody td:nth-child(3)").getText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"),
                    b.find("tbody td:nth-child(3)").getText());
            b.assertAccessible("tokens-created");
            b.screenshot("tokens-created");
            assertEquals(200, me(secret));

            b.go("/tokens");
            assertFalse(b.text().contains(secret.substring(11)), "the secret is shown only once");
            b.submit("button[aria-label='Revoke ci & <nightly>']");
            assertTrue(b.path().startsWith("/tokens?revoked="), b.path());
            assertTrue(b.find("[role=status]").getText().contains("no longer signs anyone in"));
            assertEquals(401, me(secret));
            b.assertAccessible("tokens-revoked");
            b.screenshot("tokens-revoked");
        }
    }
}
