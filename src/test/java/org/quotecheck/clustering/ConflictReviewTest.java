package org.quotecheck.clustering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;
import static org.quotecheck.clustering.ClusterResourceTest.quoteIn;
import static org.quotecheck.clustering.ClusterResourceTest.sentence;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conflicting attributions: filters, corrections, and a verdict applied to every member. */
@QuarkusTest
@io.quarkus.test.security.TestSecurity(user = "admin", roles = "reviewer")
class ConflictReviewTest {

    @Test
    void quotationsFilterOnClusterAndConflict() {
        String words = sentence();
        JsonPath a = quoteIn(words, "Vera " + Words.name(), null);
        JsonPath b = quoteIn(words, "Walt " + Words.name(), null);
        JsonPath alone = quoteIn(sentence(), "Xavi " + Words.name(), null);
        long cluster = a.getLong("clusterId");
        given().queryParam("cluster", cluster).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.conflict", not(org.hamcrest.Matchers.hasItem(false)));
        given().queryParam("conflict", "true").queryParam("size", 100).get("/api/v1/quotations").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(b.getInt("id")))
                .body("items.id", not(org.hamcrest.Matchers.hasItem(alone.getInt("id"))))
                .body("items.conflict", not(org.hamcrest.Matchers.hasItem(false)));
        problem(given().queryParam("cluster", "abc").get("/api/v1/quotations").then(), 400);
        problem(given().queryParam("conflict", "yes").get("/api/v1/quotations").then(), 400);
    }

    @Test
    void aCorrectedSpeakerSettlesTheConflict() {
        String words = sentence();
        String ann = "Vera " + Words.name();
        JsonPath a = quoteIn(words, ann, null);
        JsonPath b = quoteIn(words, "Walt " + Words.name(), null);
        long cluster = a.getLong("clusterId");
        given().get("/api/v1/clusters/" + cluster).then().body("conflict", equalTo(true));
        post("/api/v1/quotations/" + b.getLong("id") + "/reviews",
                Map.of("verdict", "MISATTRIBUTED", "speakerName", ann, "version", 0)).statusCode(201);
        given().get("/api/v1/clusters/" + cluster).then().body("conflict", equalTo(false))
                .body("speakerCount", equalTo(1));
    }

    @Test
    void applyToAllReviewsEachMemberWithItsOwnVersionCheckAndReportsStaleOnes() {
        String words = sentence();
        JsonPath a = quoteIn(words, "Vera " + Words.name(), null);
        JsonPath b = quoteIn(words, "Walt " + Words.name(), null);
        JsonPath c = quoteIn(words, "Xavi " + Words.name(), null);
        // someone else reviews c after the reviewer loaded the cluster at version 0
        post("/api/v1/quotations/" + c.getLong("id") + "/reviews", Map.of("verdict", "UNVERIFIABLE", "version", 0))
                .statusCode(201);
        JsonPath outcome = post("/api/v1/quotations/" + a.getLong("id") + "/reviews", Map.of("verdict", "MISQUOTED",
                "version", 0, "note", "all outlets", "alsoApplyTo", List.of(Map.of("id", b.getLong("id"), "version", 0),
                        Map.of("id", c.getLong("id"), "version", 0)))).statusCode(201).extract().jsonPath();
        assertEquals("MISQUOTED", outcome.getString("quotation.status"));
        assertEquals(List.of("REVIEWED", "STALE"), outcome.getList("alsoApplied.outcome"));
        assertEquals(1, outcome.getInt("alsoApplied[0].currentVersion"));
        assertEquals(b.getInt("id"), outcome.getInt("alsoApplied[0].review.quotationId"));
        assertEquals(1, outcome.getInt("alsoApplied[1].currentVersion"));
        given().get("/api/v1/quotations/" + b.getLong("id") + "/reviews").then().body("", hasSize(1))
                .body("[0].verdict", equalTo("MISQUOTED")).body("[0].note", equalTo("all outlets"))
                .body("[0].reviewer", equalTo("admin"));
        given().get("/api/v1/quotations/" + c.getLong("id")).then().body("status", equalTo("UNVERIFIABLE"));
        given().get("/api/v1/quotations/" + c.getLong("id") + "/reviews").then().body("", hasSize(1));
    }

    @Test
    void applyToAllRefusesQuotationsOutsideTheClusterAndChangesNothing() {
        String words = sentence();
        JsonPath a = quoteIn(words, "Vera " + Words.name(), null);
        JsonPath other = quoteIn(sentence(), "Walt " + Words.name(), null);
        problem(post("/api/v1/quotations/" + a.getLong("id") + "/reviews", Map.of("verdict", "VERIFIED", "version", 0,
                "alsoApplyTo", List.of(Map.of("id", other.getLong("id"), "version", 0)))), 400)
                .body("errors[0].field", equalTo("alsoApplyTo"));
        problem(post("/api/v1/quotations/" + a.getLong("id") + "/reviews", Map.of("verdict", "VERIFIED", "version", 0,
                "alsoApplyTo", List.of(Map.of("id", other.getLong("id"))))), 400);
        given().get("/api/v1/quotations/" + a.getLong("id")).then().body("status", equalTo("PENDING"))
                .body("version", equalTo(0));
        given().get("/api/v1/quotations/" + other.getLong("id")).then().body("status", equalTo("PENDING"));
    }
}
