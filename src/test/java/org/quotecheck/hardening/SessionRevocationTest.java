package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.fields;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** Sessions end when the user signs out, signs out everywhere, or is disabled. */
@QuarkusTest
class SessionRevocationTest {

    static final String PASSWORD = "session-password-1";

    @Inject
    UserService users;

    private static boolean signedIn(Http.Desk desk) {
        return desk.get("/").status() == 200;
    }

    @Test
    void afterSigningOutTheOldCookiesSignNoOneIn() {
        users.createIfAbsent("session-a", PASSWORD, Set.of(Role.REVIEWER));
        Http.Desk desk = Http.Desk.signIn("session-a", PASSWORD);
        Http.Desk other = Http.Desk.signIn("session-a", PASSWORD);
        assertTrue(signedIn(desk));
        Http.Answer out = desk.form("/logout", fields());
        assertEquals(303, out.status());
        Http.Answer replay = desk.get("/");
        assertTrue((replay.status() == 302 || replay.status() == 303) && replay.header("Location").contains("/login"),
                replay.status() + "");
        assertTrue(signedIn(other), "signing out on one device keeps the other");
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccount() {
        users.createIfAbsent("session-b", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("session-c", PASSWORD, Set.of(Role.REVIEWER));
        Http.Desk one = Http.Desk.signIn("session-b", PASSWORD);
        Http.Desk two = Http.Desk.signIn("session-b", PASSWORD);
        Http.Desk someoneElse = Http.Desk.signIn("session-c", PASSWORD);
        assertEquals(303, one.form("/logout/everywhere", fields()).status());
        assertTrue(!signedIn(one) && !signedIn(two));
        assertTrue(signedIn(someoneElse));
    }

    @Test
    void disablingEndsTheSessionsAndTheSignInPageStillRenders() {
        users.createIfAbsent("session-d", PASSWORD, Set.of(Role.REVIEWER));
        users.setEnabled("session-d", true);
        Http.Desk desk = Http.Desk.signIn("session-d", PASSWORD);
        users.setEnabled("session-d", false);
        assertTrue(!signedIn(desk));
        Http.Answer login = desk.get("/login");
        assertEquals(200, login.status(), login.body());
        assertTrue(login.body().contains("j_password"));
    }

    @Test
    void aForgedSessionIdSignsNoOneIn() {
        users.createIfAbsent("session-e", PASSWORD, Set.of(Role.REVIEWER));
        Http.Desk desk = Http.Desk.signIn("session-e", PASSWORD);
        Http.Desk forged = new Http.Desk(desk.cookies().replaceAll("qc-session=[^;]*", "qc-session=forged"),
                desk.csrf());
        assertTrue(!signedIn(forged));
    }
}
