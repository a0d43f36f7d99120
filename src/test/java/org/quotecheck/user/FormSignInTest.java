package org.quotecheck.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FormSignInTest {

    static final String PASSWORD = "correct-horse-battery";

    @Inject
    UserService users;

    @BeforeEach
    void accounts() {
        users.createIfAbsent("form-reviewer", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("form-gone", PASSWORD, Set.of(Role.REVIEWER));
        users.setEnabled("form-gone", false);
    }

    static Response signIn(String user, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password)
                .when().post("/j_security_check");
    }

    @Test
    void pagesRedirectAnonymousVisitorsToSignIn() {
        given().redirects().follow(false).when().get("/admin/users").then().statusCode(oneOf(302, 303))
                .header("Location", endsWith("/login"));
    }

    @Test
    void signInPageIsPublicAndLabelled() {
        given().when().get("/login").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<label for=\"j_password\">"));
    }

    @Test
    void rightPasswordSetsTheSessionCookie() {
        Response r = signIn("form-reviewer", PASSWORD);
        r.then().statusCode(oneOf(302, 303)).header("Location", not(containsString("error")));
        assertNotNull(r.getCookie("quarkus-credential"));
    }

    @Test
    void wrongPasswordReturnsToSignInWithAnError() {
        Response r = signIn("form-reviewer", "not-the-password");
        r.then().statusCode(oneOf(302, 303)).header("Location", containsString("/login?error=1"));
        assertNull(r.getCookie("quarkus-credential"));
    }

    @Test
    void disabledUserCannotSignInWithTheForm() {
        Response r = signIn("form-gone", PASSWORD);
        r.then().statusCode(oneOf(302, 303)).header("Location", containsString("error"));
    }

    @Test
    void reviewerIsNotAllowedOnTheAdminPage() {
        java.util.Map<String, String> session = signIn("form-reviewer", PASSWORD).getCookies();
        given().redirects().follow(false).cookies(session).when().get("/admin/users")
                .then().statusCode(403);
    }

    @Test
    void adminPageListsUsers() {
        java.util.Map<String, String> session = signIn("admin", "test-admin-password").getCookies();
        given().cookies(session).when().get("/admin/users").then().statusCode(200)
                .body(containsString("form-reviewer")).body(containsString("name=\"csrf-token\""));
    }

    @Test
    void sessionOfAUserWhoIsDisabledLaterStopsWorking() {
        users.createIfAbsent("form-later", PASSWORD, Set.of(Role.ADMIN));
        users.setEnabled("form-later", true);
        java.util.Map<String, String> session = signIn("form-later", PASSWORD).getCookies();
        given().cookies(session).when().get("/admin/users").then().statusCode(200);
        users.setEnabled("form-later", false);
        given().redirects().follow(false).cookies(session).when().get("/admin/users")
                .then().statusCode(oneOf(302, 303)).header("Location", containsString("/login"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRejected() {
        java.util.Map<String, String> session = signIn("admin", "test-admin-password").getCookies();
        given().redirects().follow(false).cookies(session)
                .contentType("application/x-www-form-urlencoded")
                .formParam("username", "csrf-victim").formParam("password", "a-long-password")
                .when().post("/admin/users").then().statusCode(400);
        org.junit.jupiter.api.Assertions.assertTrue(users.find("csrf-victim").isEmpty());
    }

    @Test
    void crossSiteSignInIsRejected() {
        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "form-reviewer").formParam("j_password", PASSWORD)
                .when().post("/j_security_check").then().statusCode(403);
    }
}
