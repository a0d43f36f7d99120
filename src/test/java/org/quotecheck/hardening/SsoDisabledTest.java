package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Single sign-on is off by default: no route, no link, no identity provider. */
@QuarkusTest
class SsoDisabledTest {

    @Test
    void theSingleSignOnRoutesDoNotExist() {
        for (String path : new String[] {"/sso/login", "/sso/login?code=x&state=y", "/sso/error", "/sso"}) {
            assertEquals(404, Http.send("GET", path, null).status(), path);
        }
        Http.Desk admin = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD);
        assertEquals(404, admin.get("/sso/login").status(), "also not for a signed-in account");
    }

    @Test
    void theSignInPageOffersNoSingleSignOn() {
        Http.Answer login = Http.send("GET", "/login", null);
        assertEquals(200, login.status());
        assertFalse(login.body().contains("/sso/"), login.body());
        assertFalse(login.body().contains("Sign in with"));
    }
}
