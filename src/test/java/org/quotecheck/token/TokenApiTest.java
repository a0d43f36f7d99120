package org.quotecheck.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** API tokens end to end, against the real embedded PostgreSQL. */
@QuarkusTest
class TokenApiTest {

    static final String PASSWORD = "token-password-1";

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    @BeforeEach
    void accounts() {
        users.createIfAbsent("token-reviewer", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("token-other", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("token-admin-only", PASSWORD, Set.of(Role.ADMIN));
        users.createIfAbsent("token-gone", PASSWORD, Set.of(Role.REVIEWER));
        users.setEnabled("token-gone", true);
    }

    private static Response create(String user, Map<String, Object> body) {
        return given().auth().preemptive().basic(user, PASSWORD).contentType("application/json").body(body)
                .when().post("/api/v1/tokens");
    }

    private static String token(String user) {
        return create(user, Map.of("name", "test " + UUID.randomUUID())).then().statusCode(201)
                .extract().path("token");
    }

    private static ValidatableResponse me(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/api/v1/me").then();
    }

    private static void assertUnauthorizedProblem(ValidatableResponse r) {
        r.statusCode(401).contentType("application/problem+json").body("status", equalTo(401))
                .header("WWW-Authenticate", containsString("Bearer")).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void createdTokenIsShownOnceListedWithoutItsSecretAndRevokedStopsWorking() {
        Response created = create("token-reviewer", Map.of("name", "nightly import", "expiresAt", "2999-01-01T00:00:00Z"));
        created.then().statusCode(201).header("Cache-Control", "no-store")
                .body("token", matchesPattern("qc_[A-Za-z0-9_-]{43}")).body("name", equalTo("nightly import"))
                .body("expiresAt", containsString("2999-01-01"));
        String secret = created.path("token");
        int id = created.path("id");
        assertEquals(secret.substring(0, 11), created.path("prefix"));

        // Location resolves, for the owner, without the secret
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/tokens/" + id), location);
        String one = given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get(location).then()
                .statusCode(200).body("id", equalTo(id)).body("state", equalTo("ACTIVE")).extract().asString();
        assertFalse(one.contains(secret.substring(11)), one);

        String list = given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get("/api/v1/tokens")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items[0].token", nullValue())
                .body("items[0].secretSha256", nullValue()).extract().asString();
        assertFalse(list.contains(secret.substring(11)), "the list shows the secret");
        assertFalse(list.contains(TokenSecrets.sha256(secret)), "the list shows the hash");

        me(secret).statusCode(200).body("username", equalTo("token-reviewer"));

        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().delete("/api/v1/tokens/" + id)
                .then().statusCode(204);
        assertUnauthorizedProblem(me(secret));
        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get(location).then()
                .statusCode(200).body("state", equalTo("REVOKED")).body("revokedAt", notNullValue());
        // revoking again changes nothing
        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().delete("/api/v1/tokens/" + id)
                .then().statusCode(204);
    }

    @Test
    void aTokenActsWithItsAccountsRolesForReadsIngestsAndReviews() {
        String secret = token("token-reviewer");
        String bearer = "Bearer " + secret;
        int article = given().header("Authorization", bearer).contentType("application/json")
                .body(Map.of("text", "“We will rebuild it " + UUID.randomUUID() + ",” said Mayor Jane Porter."))
                .when().post("/api/v1/articles").then().statusCode(201).extract().path("id");
        Response quotations = given().header("Authorization", bearer).queryParam("articleId", article)
                .when().get("/api/v1/quotations");
        quotations.then().statusCode(200).body("total", equalTo(1));
        int quotation = quotations.path("items[0].id");
        given().header("Authorization", bearer).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("verdict", "VERIFIED")).when().post("/api/v1/quotations/" + quotation + "/reviews")
                .then().statusCode(201);
        given().header("Authorization", bearer).when().get("/api/v1/quotations/" + quotation + "/reviews").then()
                .statusCode(200).body("reviewer", hasItem("token-reviewer"));

        // the account's roles, nothing more: a reviewer's token does not manage users
        given().header("Authorization", bearer).when().get("/api/v1/users").then().statusCode(403)
                .contentType("application/problem+json");
        // and an admin-only account's token reads and manages users but does not review
        String admin = "Bearer " + token("token-admin-only");
        given().header("Authorization", admin).when().get("/api/v1/users").then().statusCode(200);
        given().header("Authorization", admin).header("If-Match", "\"1\"").contentType("application/json")
                .body(Map.of("verdict", "VERIFIED")).when().post("/api/v1/quotations/" + quotation + "/reviews")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void malformedUnknownAndEmptyTokensAreRefusedWithAProblemAndBothChallenges() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer abc", "Bearer qc_",
                "Bearer " + TokenSecrets.generate(), "Bearer " + TokenSecrets.generate().substring(0, 45) + "!",
                "Bearer " + "x".repeat(4000), "bearer " + TokenSecrets.generate(), "Bearer qc_" + "A".repeat(43) + " x"}) {
            assertUnauthorizedProblem(given().header("Authorization", header).when().get("/api/v1/me").then());
        }
        assertUnauthorizedProblem(given().when().get("/api/v1/tokens").then());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Response created = create("token-reviewer", Map.of("name", "short-lived", "expiresAt", "2999-01-01"));
        String secret = created.path("token");
        long id = ((Number) created.path("id")).longValue();
        me(secret).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update api_token set expires_at = now() - interval '1 second' where id = :id")
                .setParameter("id", id).executeUpdate());
        assertUnauthorizedProblem(me(secret));
        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get("/api/v1/tokens/" + id).then()
                .statusCode(200).body("state", equalTo("EXPIRED"));
    }

    @Test
    void aDisabledAccountsTokensStopAtOnceAndWorkAgainWhenReEnabled() {
        String secret = token("token-gone");
        me(secret).statusCode(200);
        users.setEnabled("token-gone", false);
        assertUnauthorizedProblem(me(secret));
        users.setEnabled("token-gone", true);
        me(secret).statusCode(200).body("username", equalTo("token-gone"));
    }

    @Test
    void anotherAccountCanNeitherSeeNorRevokeAToken() {
        Response created = create("token-reviewer", Map.of("name", "mine"));
        String secret = created.path("token");
        int id = created.path("id");
        given().auth().preemptive().basic("token-other", PASSWORD).when().delete("/api/v1/tokens/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("token-other", PASSWORD).when().get("/api/v1/tokens/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("token-other", PASSWORD).when().get("/api/v1/tokens").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        me(secret).statusCode(200).body("username", equalTo("token-reviewer"));
    }

    @Test
    void lastUsedIsRecordedButNotRewrittenOnEveryRequest() {
        Response created = create("token-reviewer", Map.of("name", "last used"));
        String secret = created.path("token");
        long id = ((Number) created.path("id")).longValue();
        assertNull(lastUsed(id));
        me(secret).statusCode(200);
        OffsetDateTime first = lastUsed(id);
        assertNotNull(first, "the first use is recorded");
        me(secret).statusCode(200);
        me(secret).statusCode(200);
        assertEquals(first, lastUsed(id), "a use within the minute is not written again");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update api_token set last_used_at = now() - interval '2 minutes' where id = :id")
                .setParameter("id", id).executeUpdate());
        OffsetDateTime aged = lastUsed(id);
        me(secret).statusCode(200);
        assertTrue(lastUsed(id).isAfter(aged), "a use after the minute is written");
        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get("/api/v1/tokens/" + id).then()
                .statusCode(200).body("lastUsedAt", notNullValue());
    }

    private OffsetDateTime lastUsed(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object v = em.createNativeQuery("select last_used_at from api_token where id = :id")
                    .setParameter("id", id).getSingleResult();
            return v == null ? null : v instanceof OffsetDateTime o ? o
                    : ((java.time.Instant) v).atOffset(java.time.ZoneOffset.UTC);
        });
    }

    @Test
    void badNamesAndExpiriesAreRefusedWithProblems() {
        String[][] cases = {{"name", null}, {"name", ""}, {"name", "   "}, {"name", "x".repeat(101)},
                {"name", "a\u0000b"}, {"name", "\ud800"}, {"expiresAt", "2020-01-01T00:00:00Z"},
                {"expiresAt", "yesterday"}, {"expiresAt", "+999999999-12-31"}, {"expiresAt", "-999999999-01-01"},
                {"expiresAt", "+10000-01-01T00:00:00Z"}, {"expiresAt", "2021-02-30"}};
        for (String[] c : cases) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "valid"));
            body.put(c[0], c[1]);
            create("token-reviewer", body).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(c[0]));
        }
        given().auth().preemptive().basic("token-reviewer", PASSWORD).contentType("application/json")
                .body("{\"name\":\"a\",\"secret\":\"chosen\"}").when().post("/api/v1/tokens").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().preemptive().basic("token-reviewer", PASSWORD).when().get("/api/v1/tokens/abc").then()
                .statusCode(404).contentType("application/problem+json");
        create("token-reviewer", Map.of("name", "x".repeat(100))).then().statusCode(201);
    }

    @Test
    void anAccountHoldsAtMostFiftyActiveTokens() {
        users.createIfAbsent("token-many", PASSWORD, Set.of(Role.REVIEWER));
        int before = given().auth().preemptive().basic("token-many", PASSWORD).when().get("/api/v1/tokens")
                .then().extract().path("total");
        int last = 0;
        for (int i = before; i < 50; i++) {
            last = create("token-many", Map.of("name", "t" + i)).then().statusCode(201).extract().path("id");
        }
        create("token-many", Map.of("name", "one too many")).then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("token-limit"));
        given().auth().preemptive().basic("token-many", PASSWORD).when().delete("/api/v1/tokens/" + last).then()
                .statusCode(204);
        create("token-many", Map.of("name", "after revoking one")).then().statusCode(201);
    }
}
