package org.quotecheck.clustering;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clusters at ingest, against the real extractor and the embedded PostgreSQL. */
@QuarkusTest
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class ClusterResourceTest {

    /** Ingests “{words},” said {speaker}. and returns the stored quotation. */
    static JsonPath quoteIn(String words, String speaker, String publishedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said " + speaker + ".");
        body.put("title", "Article " + Words.word());
        body.put("publisher", "Paper " + Words.name());
        body.put("url", "https://news.example/" + Words.word());
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        long article = post("/api/v1/articles", body).statusCode(201).extract().jsonPath().getLong("id");
        return given().queryParam("articleId", article).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().setRootPath("items[0]");
    }

    static String sentence() {
        return "We will " + Words.words(8);
    }

    @Test
    void theSameWordsInTwoArticlesAreOneClusterWithTheirEarliestAppearance() {
        String words = sentence();
        String speaker = "Vera " + Words.name();
        JsonPath later = quoteIn(words, speaker, "2024-05-02");
        JsonPath earlier = quoteIn(words.toUpperCase(), speaker, "2024-05-01");
        long cluster = later.getLong("clusterId");
        assertEquals(cluster, earlier.getLong("clusterId"));
        given().get("/api/v1/clusters/" + cluster).then().statusCode(200)
                .body("memberCount", equalTo(2)).body("speakerCount", equalTo(1)).body("conflict", equalTo(false))
                .body("firstAppearance.quotationId", equalTo(earlier.getInt("id")))
                .body("members.quotationId", contains(earlier.getInt("id"), later.getInt("id")))
                .body("members[1].sameWords", equalTo(true))
                .body("members[0].article.publisher", notNullValue())
                .body("members[0].article.url", notNullValue())
                .body("members[0].status", equalTo("PENDING"))
                .body("speakers[0].name", equalTo(speaker)).body("speakers[0].articleCount", equalTo(2));
    }

    @Test
    void differentSpeakersForTheSameWordsAreAConflict() {
        String words = sentence();
        JsonPath a = quoteIn(words, "Vera " + Words.name(), null);
        JsonPath b = quoteIn(words, "Walt " + Words.name(), null);
        long cluster = a.getLong("clusterId");
        assertEquals(cluster, b.getLong("clusterId"));
        given().get("/api/v1/clusters/" + cluster).then().body("conflict", equalTo(true))
                .body("speakerCount", equalTo(2));
        given().get("/api/v1/quotations/" + a.getLong("id")).then().body("conflict", equalTo(true))
                .body("clusterId", equalTo((int) cluster));
        given().queryParam("conflict", "true").queryParam("size", 100).get("/api/v1/clusters").then()
                .statusCode(200).body("items.id", hasItem((int) cluster)).body("items.conflict", not(hasItem(false)));
    }

    @Test
    void aSurnameAndTheFullNameAreOneSpeakerNotAConflict() {
        String words = sentence();
        String surname = "Wu" + Words.word(); // names after "S": the speakers page lists the most quoted first, then by name
        JsonPath full = quoteIn(words, "State Councilor Wang " + surname, null);
        JsonPath shortName = quoteIn(words, surname, null);
        assertNotEquals(full.getLong("speaker.id"), shortName.getLong("speaker.id"), "two speaker rows");
        given().get("/api/v1/clusters/" + full.getLong("clusterId")).then().body("conflict", equalTo(false))
                .body("speakerCount", equalTo(1)).body("speakers[0].name", equalTo("Wang " + surname))
                .body("speakers[0].articleCount", equalTo(2));
    }

    @Test
    void driftedWordingJoinsAndShowsItsDrift() {
        List<String> w = List.of(Words.words(10).split(" "));
        String original = String.join(" ", w);
        String drifted = String.join(" ", w.subList(0, 5)) + " " + Words.word() + " " + String.join(" ", w.subList(6, 10));
        JsonPath a = quoteIn(original, "Vera " + Words.name(), "2023-01-01");
        JsonPath b = quoteIn(drifted, "Vera " + Words.name(), "2023-02-01");
        assertEquals(a.getLong("clusterId"), b.getLong("clusterId"));
        JsonPath detail = given().get("/api/v1/clusters/" + a.getLong("clusterId")).then().extract().jsonPath();
        assertEquals(false, detail.getBoolean("members[1].sameWords"));
        assertEquals(List.of("same", "deleted", "inserted", "same"), detail.getList("members[1].drift.change"));
        assertEquals(w.get(5), detail.getString("members[1].drift[1].text"));
    }

    @Test
    void aLongEnoughFragmentJoinsTheLongerQuotationThatContainsIt() {
        String fragment = Words.words(7);
        JsonPath longer = quoteIn(Words.words(5) + " " + fragment + " " + Words.words(5), "Vera " + Words.name(), null);
        JsonPath part = quoteIn(fragment, "Vera " + Words.name(), null);
        assertNotNull(longer.get("clusterId"));
        assertEquals(longer.getLong("clusterId"), part.getLong("clusterId"));
    }

    @Test
    void shortOrStockFragmentsJoinNoCluster() {
        String token = Words.word();
        JsonPath a = quoteIn("No comment " + token, "Vera " + Words.name(), null);
        JsonPath b = quoteIn("No comment " + token, "Walt " + Words.name(), null);
        assertNull(a.get("clusterId"));
        assertNull(b.get("clusterId"));
        given().get("/api/v1/quotations/" + a.getLong("id")).then().body("clusterId", nullValue())
                .body("conflict", equalTo(false));
        // unrelated statements that share only a short phrase stay apart
        JsonPath c = quoteIn("We will " + Words.words(6), "Xavi " + Words.name(), null);
        JsonPath d = quoteIn("We will " + Words.words(6), "Yuri " + Words.name(), null);
        assertNotEquals(c.getLong("clusterId"), d.getLong("clusterId"));
    }

    @Test
    void badQueriesAndUnknownClustersAreProblems() {
        problem(given().queryParam("conflict", "maybe").get("/api/v1/clusters").then(), 400);
        problem(given().queryParam("size", "0").get("/api/v1/clusters").then(), 400);
        problem(given().get("/api/v1/clusters/999999999").then(), 404);
    }
}
