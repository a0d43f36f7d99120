package org.quotecheck.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.clustering.Words;

/** Quote checks against the real extractor and the embedded PostgreSQL. */
@QuarkusTest
@io.quarkus.test.security.TestSecurity(user = "admin", roles = "reviewer")
class CheckResourceTest {

    /** Stores “{words},” said {speaker}. in a new article; returns the article id. */
    static long store(String words, String speaker, String publishedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said " + speaker + ".");
        body.put("publisher", "Paper " + Words.name());
        body.put("url", "https://news.example/" + Words.word());
        body.put("publishedAt", publishedAt);
        return post("/api/v1/articles", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath check(Map<String, Object> body) {
        return post("/api/v1/checks", body).statusCode(201).extract().jsonPath();
    }

    @Test
    void anExactClaimListsItsArticlesSpeakersAndEarliestAppearance() {
        String words = "We will " + Words.words(8);
        String surname = Words.name();
        long first = store(words, "Foreign Minister Tomas " + surname, "2022-03-01");
        store(words, "Tomas " + surname, "2022-03-05");
        JsonPath c = check(Map.of("text", "“" + words.toUpperCase() + "!”", "speaker", surname));
        assertEquals("EXACT", c.getString("outcome"));
        assertEquals(2, c.getInt("summary.matchCount"));
        assertEquals(2, c.getInt("summary.articleCount"));
        assertEquals("Tomas " + surname, c.getString("summary.speakers[0].name"));
        assertEquals(2, c.getInt("summary.speakers[0].articleCount"));
        assertEquals(first, c.getLong("summary.earliest.article.id"));
        assertEquals(true, c.getBoolean("summary.claimedSpeaker.agrees"));
        assertEquals(false, c.getBoolean("summary.wordingDiffers"));
        assertEquals(1, c.getList("groups").size());
        assertEquals(List.of("EXACT", "EXACT"), c.getList("groups[0].matches.kind"));
        assertTrue(c.getString("message").contains("These exact words appear in 2 stored articles"), c.getString("message"));
        // stored: readable again, and listed
        long id = c.getLong("id");
        given().get("/api/v1/checks/" + id).then().statusCode(200).body("outcome", equalTo("EXACT"))
                .body("askedBy", equalTo("admin")).body("summary.matchCount", equalTo(2))
                .body("groups[0].matches[0].quotation.article.url", containsString("https://news.example/"));
        given().queryParam("size", 100).get("/api/v1/checks").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void aDriftedClaimIsNearAndItsDiffShowsTheChange() {
        List<String> w = List.of(Words.words(10).split(" "));
        store(String.join(" ", w), "Vera " + Words.name(), "2021-01-01");
        String changed = Words.word();
        String claim = String.join(" ", w.subList(0, 6)) + " " + changed + " " + String.join(" ", w.subList(7, 10));
        JsonPath c = check(Map.of("text", claim, "speaker", "Ugo " + Words.name()));
        assertEquals("NEAR", c.getString("outcome"));
        assertEquals(true, c.getBoolean("summary.wordingDiffers"));
        assertEquals(false, c.getBoolean("summary.claimedSpeaker.agrees"));
        assertEquals(List.of("same", "deleted", "inserted", "same"), c.getList("groups[0].matches[0].quotation.drift.change"));
        assertEquals(w.get(6), c.getString("groups[0].matches[0].quotation.drift[1].text"));
        assertEquals(changed, c.getString("groups[0].matches[0].quotation.drift[2].text"));
    }

    @Test
    void aClaimInsideALongerQuotationAndALongerClaimAroundAStoredOneBothMatch() {
        String fragment = Words.words(7);
        String longQuote = Words.words(6) + " " + fragment + " " + Words.words(6);
        store(longQuote, "Vera " + Words.name(), "2021-02-01");
        assertEquals("CLAIM_INSIDE_QUOTATION", check(Map.of("text", fragment)).getString("outcome"));
        String shortQuote = Words.words(7);
        store(shortQuote, "Walt " + Words.name(), "2021-02-02");
        assertEquals("QUOTATION_INSIDE_CLAIM",
                check(Map.of("text", "As reported, " + shortQuote + ", and more " + Words.words(5))).getString("outcome"));
    }

    @Test
    void twoSpeakersForTheSameWordsAreReportedAsAConflict() {
        String words = "We will " + Words.words(8);
        store(words, "Vera " + Words.name(), "2020-01-01");
        store(words, "Walt " + Words.name(), "2020-01-02");
        JsonPath c = check(Map.of("text", words));
        assertEquals(true, c.getBoolean("summary.conflict"));
        assertEquals(2, c.getList("summary.speakers").size());
        assertEquals(true, c.getBoolean("groups[0].conflict"));
        assertTrue(c.getString("message").contains("Outlets disagree"), c.getString("message"));
    }

    @Test
    void aClaimThatMatchesNothingSaysSoPlainly() {
        JsonPath c = check(Map.of("text", "Nobody ever said " + Words.words(6), "speaker", "Vera " + Words.name()));
        assertEquals("NO_MATCH", c.getString("outcome"));
        assertEquals(0, c.getInt("summary.matchCount"));
        assertEquals(List.of(), c.getList("groups"));
        assertTrue(c.getString("message").startsWith("No stored quotation matches these words"));
        given().get("/api/v1/checks/" + c.getLong("id")).then().body("outcome", equalTo("NO_MATCH"))
                .body("summary.claimedSpeaker.agrees", nullValue());
    }

    @Test
    void badClaimsAreProblems() {
        problem(post("/api/v1/checks", Map.of("text", "")), 400).body("errors[0].field", equalTo("text"));
        problem(post("/api/v1/checks", Map.of("speaker", "Ann")), 400);
        problem(post("/api/v1/checks", Map.of("text", "“…!?” — ‘’")), 400).body("errors[0].field", equalTo("text"));
        problem(post("/api/v1/checks", Map.of("text", "a\u0000b")), 400);
        problem(post("/api/v1/checks", Map.of("text", "x".repeat(1_000_000))), 413);
        problem(post("/api/v1/checks", Map.of("text", "ok words", "unknown", 1)), 400);
        problem(given().contentType(ContentType.JSON).body("").post("/api/v1/checks").then(), 400);
        problem(given().get("/api/v1/checks/99999999").then(), 404);
        given().queryParam("size", "0").get("/api/v1/checks").then().statusCode(400);
        given().get("/api/v1/checks").then().body("items", org.hamcrest.Matchers.not(hasSize(0)));
    }
}
