package org.quotecheck.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.clustering.Words;

/** ClaimReview and Web Annotation JSON-LD of quotations and clusters, read back and validated. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "reviewer")
class ExportResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Posts an article with one quotation and returns that quotation as the API lists it. */
    static JsonPath quote(String words, String speaker, String publishedAt) {
        return quoteIn("Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said " + speaker + ".",
                "Article " + Words.word(), "Paper " + Words.name(), publishedAt);
    }

    static JsonPath quoteIn(String text, String title, String publisher, String publishedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("title", title);
        body.put("publisher", publisher);
        body.put("url", "https://news.example/" + Words.word());
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        long article = post("/api/v1/articles", body).statusCode(201).extract().jsonPath().getLong("id");
        return org.quotecheck.Api.signedIn().queryParam("articleId", article).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().setRootPath("items[0]");
    }

    static void review(long id, String verdict, String speakerName) {
        long version = given().get("/api/v1/quotations/" + id).then().extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(Map.of("verdict", verdict, "version", version));
        if (speakerName != null) {
            body.put("speakerName", speakerName);
        }
        post("/api/v1/quotations/" + id + "/reviews", body).statusCode(201);
    }

    static Map<String, Object> jsonLd(String path) throws Exception {
        Response r = given().accept("application/ld+json").get(path);
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/ld+json"), r.contentType());
        return JsonLdShapes.cast(JSON.readValue(r.asString(), Map.class));
    }

    @Test
    void aVerifiedQuotationsClaimReviewHasEveryRequiredPropertyAndTheArticleAsAppearance() throws Exception {
        String speaker = "Vera " + Words.name();
        JsonPath q = quote("We will " + Words.words(8), speaker, "2024-05-01T09:00:00Z");
        long id = q.getLong("id");
        review(id, "VERIFIED", null);
        Map<String, Object> doc = jsonLd("/api/v1/quotations/" + id + "/claim-review");
        assertEquals(List.of(), JsonLdShapes.claimReview(doc), doc.toString());
        assertEquals(q.getString("text"), doc.get("claimReviewed"));
        assertEquals("https://desk.example/quotations/" + id, doc.get("url"));
        Map<String, Object> claim = JsonLdShapes.cast(doc.get("itemReviewed"));
        Map<String, Object> author = JsonLdShapes.cast(claim.get("author"));
        assertEquals(Map.of("@type", "Person", "name", speaker), author);
        Map<String, Object> appearance = JsonLdShapes.cast(JsonLdShapes.list(claim.get("appearance")).get(0));
        assertEquals("NewsArticle", appearance.get("@type"));
        assertTrue(((String) appearance.get("url")).startsWith("https://news.example/"), appearance.toString());
        assertTrue(((String) appearance.get("headline")).startsWith("Article "), appearance.toString());
        assertEquals("2024-05-01T09:00:00Z", appearance.get("datePublished"));
        assertEquals(appearance, claim.get("firstAppearance"));
        Map<String, Object> rating = JsonLdShapes.cast(doc.get("reviewRating"));
        assertEquals("Verified", rating.get("alternateName"));
        assertEquals(5, rating.get("ratingValue"));
        Map<String, Object> desk = JsonLdShapes.cast(doc.get("author"));
        assertEquals("Test Fact Desk", desk.get("name"));
        assertEquals("https://factdesk.example/", desk.get("url"));
    }

    @Test
    void aMisattributedClaimNamesTheArticlesSpeakerAndTheExplanationTheRealOne() throws Exception {
        String named = "Walt " + Words.name();
        String real = "Xena " + Words.name();
        long id = quote("We will " + Words.words(8), named, null).getLong("id");
        review(id, "MISATTRIBUTED", real);
        Map<String, Object> doc = jsonLd("/api/v1/quotations/" + id + "/claim-review");
        assertEquals(List.of(), JsonLdShapes.claimReview(doc), doc.toString());
        assertEquals(named, JsonLdShapes.cast(JsonLdShapes.cast(doc.get("itemReviewed")).get("author")).get("name"));
        Map<String, Object> rating = JsonLdShapes.cast(doc.get("reviewRating"));
        assertEquals("Misattributed", rating.get("alternateName"));
        assertEquals(1, rating.get("ratingValue"));
        assertEquals("These words were said by " + real + ", not by " + named + ".", rating.get("ratingExplanation"));
    }

    @Test
    void anUnreviewedQuotationHasNoClaimReviewYetAndAnUnknownOneIsNotFound() {
        long id = quote("We will " + Words.words(8), "Yves " + Words.name(), null).getLong("id");
        problem(given().get("/api/v1/quotations/" + id + "/claim-review").then(), 409)
                .body("type", equalTo("urn:quotecheck:problem:not-reviewed"));
        problem(given().get("/api/v1/quotations/999999999/claim-review").then(), 404);
        problem(given().get("/api/v1/quotations/999999999/annotation").then(), 404);
        problem(given().get("/api/v1/clusters/999999999/claim-review").then(), 404);
    }

    @Test
    void aClusterIsPublishedOnceItsReviewedMembersAgreeAndListsEveryAppearance() throws Exception {
        String words = "We will " + Words.words(8);
        String a = "Vera " + Words.name();
        String b = "Zeno " + Words.name();
        JsonPath later = quote(words, a, "2024-05-02T00:00:00Z");
        JsonPath earlier = quote(words, b, "2024-05-01T00:00:00Z");
        long cluster = later.getLong("clusterId");
        assertEquals(cluster, earlier.getLong("clusterId"));
        String path = "/api/v1/clusters/" + cluster + "/claim-review";
        problem(given().get(path).then(), 409).body("type", equalTo("urn:quotecheck:problem:not-reviewed"));

        review(later.getLong("id"), "MISQUOTED", null);
        Map<String, Object> doc = jsonLd(path);
        assertEquals(List.of(), JsonLdShapes.claimReview(doc), doc.toString());
        assertEquals("https://desk.example/clusters/" + cluster, doc.get("url"));
        Map<String, Object> claim = JsonLdShapes.cast(doc.get("itemReviewed"));
        assertEquals(2, JsonLdShapes.list(claim.get("appearance")).size(), claim.toString());
        assertEquals("2024-05-01T00:00:00Z", JsonLdShapes.cast(claim.get("firstAppearance")).get("datePublished"));
        // two articles, two named speakers: the claim has both authors, the earliest first
        assertEquals(List.of(b, a), JsonLdShapes.list(claim.get("author")).stream()
                .map(x -> JsonLdShapes.cast(x).get("name")).toList());
        assertEquals("Misquoted", JsonLdShapes.cast(doc.get("reviewRating")).get("alternateName"));

        review(earlier.getLong("id"), "VERIFIED", null);
        problem(given().get(path).then(), 409).body("type", equalTo("urn:quotecheck:problem:mixed-verdicts"))
                .body("detail", containsString("/api/v1/quotations/{id}/claim-review"));
    }

    @Test
    void theAnnotationSelectsTheQuotationByQuoteAndByCodePointPositionInTheStoredText() throws Exception {
        String speaker = "Anja " + Words.name();
        // astral characters before the quotation: code points and UTF-16 units differ
        String text = "\uD83D\uDCF0\uD83D\uDCF0 Officials met in " + Words.name() + ".\n\n“We will "
                + Words.words(8) + ",” said " + speaker + ".";
        JsonPath q = quoteIn(text, "T", "P", null);
        long id = q.getLong("id");
        Map<String, Object> doc = jsonLd("/api/v1/quotations/" + id + "/annotation");
        assertEquals(List.of(), JsonLdShapes.annotation(doc), doc.toString());
        assertEquals("https://desk.example/api/v1/quotations/" + id + "/annotation", doc.get("id"));
        assertEquals("identifying", doc.get("motivation"));
        assertEquals("Said by " + speaker + ".", JsonLdShapes.cast(doc.get("body")).get("value"));
        Map<String, Object> target = JsonLdShapes.cast(doc.get("target"));
        assertEquals("https://desk.example/api/v1/articles/" + q.getLong("articleId"), target.get("source"));
        assertTrue(((String) target.get("scope")).startsWith("https://news.example/"), target.toString());
        List<Object> selectors = JsonLdShapes.list(target.get("selector"));
        Map<String, Object> quote = JsonLdShapes.cast(selectors.get(0));
        Map<String, Object> position = JsonLdShapes.cast(selectors.get(1));
        String stored = given().get("/api/v1/articles/" + q.getLong("articleId")).then().extract().path("text");
        int start = (Integer) position.get("start");
        int end = (Integer) position.get("end");
        String selected = stored.substring(stored.offsetByCodePoints(0, start), stored.offsetByCodePoints(0, end));
        assertEquals(quote.get("exact"), selected);
        assertEquals(q.getString("text"), selected);
        String before = stored.substring(0, stored.offsetByCodePoints(0, start));
        assertTrue(before.endsWith((String) quote.get("prefix")), quote.toString());
        assertTrue(stored.substring(stored.offsetByCodePoints(0, end)).startsWith((String) quote.get("suffix")));
        assertTrue(((String) quote.get("prefix")).codePointCount(0, ((String) quote.get("prefix")).length()) <= 32);

        review(id, "UNVERIFIABLE", null);
        Map<String, Object> reviewed = jsonLd("/api/v1/quotations/" + id + "/annotation");
        assertEquals(List.of(), JsonLdShapes.annotation(reviewed), reviewed.toString());
        assertEquals("assessing", reviewed.get("motivation"));
        List<Object> bodies = JsonLdShapes.list(reviewed.get("body"));
        assertEquals("assessing", JsonLdShapes.cast(bodies.get(1)).get("purpose"));
        assertTrue(((String) JsonLdShapes.cast(bodies.get(1)).get("value")).startsWith("Unverifiable."), bodies.toString());
        assertFalse(JsonLdShapes.annotation(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "id", "https://x.example/1", "type", "Annotation")).isEmpty(), "no target must be refused");
    }
}
