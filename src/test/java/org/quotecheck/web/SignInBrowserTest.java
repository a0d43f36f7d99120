package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** Sign-in and the admin page in a real Chromium. */
@QuarkusTest
class SignInBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    @BeforeEach
    void accounts() {
        users.createIfAbsent("browser-reviewer", "browser-password", Set.of(Role.REVIEWER));
    }

    @Test
    void wrongPasswordShowsAnErrorAndKeepsTheVisitorOnTheSignInPage() throws Exception {
        try (Browser b = Browser.open(base.toString())) {
            b.go("/login");
            b.assertAccessible("login");
            b.screenshot("login");
            b.signIn("browser-reviewer", "not-my-password");
            assertTrue(b.path().startsWith("/login"), b.path());
            assertTrue(b.find("[role=alert]").getText().contains("wrong"));
            b.assertAccessible("login-error");
            b.screenshot("login-error");
        }
    }

    @Test
    void rightPasswordSignsInAndSignOutEndsTheSession() throws Exception {
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("browser-reviewer", "browser-password");
            assertFalse(b.path().startsWith("/login"), b.path());
            assertTrue(b.find(".whoami").getText().contains("browser-reviewer"));
            b.go("/admin/users");
            assertFalse(b.text().contains("Add a reviewer"), "a reviewer must not see the admin page");
            b.go("/login");
            b.signIn("browser-reviewer", "browser-password");
            b.submit(".signout button");
            assertTrue(b.path().startsWith("/login?signedOut"), b.path());
            b.go("/admin/users");
            assertTrue(b.path().startsWith("/login"), "signed out: " + b.path());
        }
    }

    @Test
    void administratorAddsAReviewerKeepsValuesOnErrorsAndDisablesThem() throws Exception {
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("admin", "test-admin-password");
            b.go("/admin/users");
            b.type("#username", "newcomer").type("#password", "short");
            b.find("#admin").click();
            b.submit("form[action='/admin/users'] button[type=submit]");
            assertTrue(b.find("#password-error").getText().contains("10 characters"));
            assertEquals("newcomer", b.find("#username").getAttribute("value"), "the name is kept");
            assertTrue(b.find("#admin").isSelected(), "the checkbox is kept");
            b.assertAccessible("admin-users-error");
            b.screenshot("admin-users-error");

            b.type("#password", "a-long-enough-password");
            b.find("#admin").click();
            b.submit("form[action='/admin/users'] button[type=submit]");
            assertTrue(b.path().startsWith("/admin/users?created=newcomer"), b.path());
            assertTrue(users.find("newcomer").orElseThrow().enabled());

            b.submit("button[aria-label='Disable newcomer']");
            assertFalse(users.find("newcomer").orElseThrow().enabled());
            b.assertAccessible("admin-users");
            b.screenshot("admin-users");
            b.phone();
            b.screenshot("admin-users-phone");
        }
        try (Browser other = Browser.open(base.toString())) {
            other.signIn("newcomer", "a-long-enough-password");
            assertTrue(other.path().startsWith("/login"), "a disabled user stays outside: " + other.path());
        }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRejected() throws Exception {
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("admin", "test-admin-password");
            b.go("/admin/users");
            b.js("document.querySelectorAll(\"input[name='csrf-token']\").forEach(e => e.value = 'forged')");
            b.type("#username", "forged-user").type("#password", "a-long-enough-password");
            b.submit("form[action='/admin/users'] button[type=submit]");
            assertTrue(users.find("forged-user").isEmpty(), "nothing was created");
            assertFalse(b.text().contains("Added forged-user"));
        }
    }
}
