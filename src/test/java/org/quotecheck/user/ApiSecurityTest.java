package org.quotecheck.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiSecurityTest {

    static final String PASSWORD = "correct-horse-battery";

    @Inject
    UserService users;

    @BeforeEach
    void accounts() {
        users.createIfAbsent("api-reviewer", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("api-gone", PASSWORD, Set.of(Role.REVIEWER));
        users.setEnabled("api-gone", false);
    }

    @Test
    void anonymousApiReadIsRefusedWithProblemJsonAndBasicChallenge() {
        given().when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void apiNeverRedirectsToTheSignInPage() {
        given().redirects().follow(false).when().get("/api/v1/users").then().statusCode(401)
                .header("Location", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void wrongPasswordIsRefusedWithProblemJson() {
        given().auth().preemptive().basic("api-reviewer", "wrong-password").when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        given().auth().preemptive().basic("nobody-here", PASSWORD).when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void signedInReviewerCanRead() {
        given().auth().preemptive().basic("api-reviewer", PASSWORD).when().get("/api/v1/me")
                .then().statusCode(200).body("username", equalTo("api-reviewer"))
                .body("roles", hasItem("reviewer")).body("roles", not(hasItem("admin")));
    }

    @Test
    void disabledUserCannotSignIn() {
        given().auth().preemptive().basic("api-gone", PASSWORD).when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void reviewerCannotManageUsers() {
        given().auth().preemptive().basic("api-reviewer", PASSWORD).when().get("/api/v1/users")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void configuredAdministratorExistsAndManagesUsers() {
        given().auth().preemptive().basic("admin", "test-admin-password").when().get("/api/v1/users")
                .then().statusCode(200).body("username", hasItem("admin"))
                .body("find { it.username == 'admin' }.roles", hasItem("admin"))
                .body("passwordHash", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void administratorCreatesAndDisablesAUserOverTheApi() {
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/json")
                .body("{\"username\":\"api-new\",\"password\":\"a-long-password\",\"roles\":[\"reviewer\"]}")
                .when().post("/api/v1/users").then().statusCode(201)
                .header("Location", containsString("/api/v1/users/api-new"));
        given().auth().preemptive().basic("api-new", "a-long-password").when().get("/api/v1/me")
                .then().statusCode(200);
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/json")
                .body("{\"enabled\":false}").when().put("/api/v1/users/api-new/enabled")
                .then().statusCode(200).body("enabled", equalTo(false));
        given().auth().preemptive().basic("api-new", "a-long-password").when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void aShortPasswordIsACallerMistake() {
        given().auth().preemptive().basic("admin", "test-admin-password").contentType("application/json")
                .body("{\"username\":\"api-short\",\"password\":\"short\"}")
                .when().post("/api/v1/users").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("password"));
    }

    @Test
    void demoReviewerExistsOnlyInDevMode() {
        given().auth().preemptive().basic("demo", "demo-reviewer").when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void extractionDryRunStaysOpenToAnonymousCallers() {
        given().contentType("application/json")
                .body("{\"text\": \"\u201cWe will win,\u201d the coach said.\"}")
                .when().post("/api/v1/extractions").then().statusCode(200)
                .body("quotations[0].text", equalTo("We will win,"));
    }

    @Test
    void anonymousCannotReadQuotations() {
        given().when().get("/api/v1/quotations").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void reviewerReadsQuotationsAndStoresArticles() {
        given().auth().preemptive().basic("api-reviewer", PASSWORD).when().get("/api/v1/quotations")
                .then().statusCode(200);
        given().auth().preemptive().basic("api-reviewer", PASSWORD).contentType("application/json")
                .body("{\"text\": \"\u201cSecurity matters,\u201d the auditor said on Monday.\"}")
                .when().post("/api/v1/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void signedInUserWithoutTheReviewerRoleCannotStoreArticles() {
        users.createIfAbsent("api-admin-only", PASSWORD, Set.of(Role.ADMIN));
        given().auth().preemptive().basic("api-admin-only", PASSWORD).contentType("application/json")
                .body("{\"text\": \"\u201cNo,\u201d she said.\"}")
                .when().post("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousCannotStoreArticles() {
        given().contentType("application/json").body("{\"text\": \"\u201cNo,\u201d she said.\"}")
                .when().post("/api/v1/articles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void signedInUserWithoutTheReviewerRoleCannotReview() {
        users.createIfAbsent("api-admin-only", PASSWORD, Set.of(Role.ADMIN));
        given().auth().preemptive().basic("api-admin-only", PASSWORD).contentType("application/json")
                .body("{\"verdict\": \"VERIFIED\", \"version\": 0}")
                .when().post("/api/v1/quotations/1/reviews").then().statusCode(403);
    }
}
