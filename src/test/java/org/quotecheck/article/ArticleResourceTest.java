package org.quotecheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;

@QuarkusTest
// The API needs a signed-in user for reads and the reviewer role for writes (ApiSecurityTest covers
// the refusals); these tests specify behaviour behind that door.
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class ArticleResourceTest {

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    private String twoQuotes(String token) {
        String text = "Bridge " + token + "\n\n“We will rebuild it,” said Mayor Jane Porter. "
                + "Later Porter added: “It will take two years.”";
        extractor.forText(text)
                .quote("We will rebuild it,", "Jane Porter", "Mayor", "Jane Porter", "said")
                .quote("It will take two years.", "Jane Porter", "Mayor", "Porter", "added");
        return text;
    }

    @Test
    void postingAnArticleStoresItWithItsQuotationsAndAnswers201WithLocation() {
        String text = twoQuotes(Api.unique());
        var response = given().contentType("application/json")
                .body(Map.of("text", text, "url", "https://news.example/bridge", "title", "Bridge",
                        "publisher", "Example News", "publishedAt", "2021-03-19T08:00:00+01:00"))
                .post("/api/v1/articles").then().statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("text", equalTo(text))
                .body("title", equalTo("Bridge"))
                .body("publisher", equalTo("Example News"))
                .body("publishedAt", equalTo("2021-03-19T07:00:00Z"))
                .body("sha256", equalTo(ArticleService.sha256(text)))
                .body("extractorVersion", equalTo("fixed-test"))
                .body("quotations", hasSize(2))
                .body("quotations[0].text", equalTo("We will rebuild it,"))
                .body("quotations[0].status", equalTo("PENDING"))
                .body("quotations[0].version", equalTo(0))
                .body("quotations[0].speaker.name", equalTo("Jane Porter"))
                .body("quotations[1].speaker.mention.text", equalTo("Porter"))
                .extract();
        long id = response.jsonPath().getLong("id");
        assertEquals(true, response.header("Location").endsWith("/api/v1/articles/" + id));
        given().get(response.header("Location")).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("quotations", hasSize(2))
                .body("quotations[1].start", equalTo(text.indexOf("It will")));
    }

    @Test
    void postingSameTextTwiceReturnsSameArticleWithoutDuplicates() {
        String text = twoQuotes(Api.unique());
        long id = Api.ingest(text);
        post("/api/v1/articles", Map.of("text", text, "title", "another title")).statusCode(200)
                .body("id", equalTo((int) id))
                .body("quotations", hasSize(2))
                .header("Location", endsWith("/api/v1/articles/" + id));
        given().queryParam("articleId", id).get("/api/v1/quotations").then().body("total", equalTo(2));
    }

    @Test
    void differentTextIsADifferentArticle() {
        String token = Api.unique();
        long a = Api.ingest(twoQuotes(token));
        long b = Api.ingest(twoQuotes(token) + " ");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void concurrentIdenticalPostsCreateOneArticle() throws Exception {
        String text = twoQuotes(Api.unique());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Map.Entry<Integer, Long>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> {
                    var r = given().contentType("application/json").body(Map.of("text", text))
                            .post("/api/v1/articles").then().extract();
                    return Map.entry(r.statusCode(), r.jsonPath().getLong("id"));
                });
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<Map.Entry<Integer, Long>> f : pool.invokeAll(calls)) {
                statuses.merge(f.get().getKey(), 1, Integer::sum);
                ids.add(f.get().getValue());
            }
            assertEquals(Map.of(201, 1, 200, 5), statuses);
            assertEquals(1, ids.size());
            given().queryParam("articleId", ids.iterator().next()).get("/api/v1/quotations").then()
                    .body("total", equalTo(2));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void htmlArticleIsStoredAsPlainTextTitledByItsTitleElement() {
        String token = Api.unique();
        post("/api/v1/articles", Map.of("html", "<html><head><title>Page " + token + "</title></head><body>"
                + "<p>One &amp; two.</p><p>Three " + token + ".</p></body></html>")).statusCode(201)
                .body("title", equalTo("Page " + token))
                .body("text", equalTo("One & two.\n\nThree " + token + "."));
    }

    @Test
    void articleListIsPagedNewestFirstWithQuotationCounts() {
        long older = Api.ingest(twoQuotes(Api.unique()));
        long newer = Api.ingest("No quotations here " + Api.unique());
        given().queryParam("size", 2).get("/api/v1/articles").then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].id", equalTo((int) newer))
                .body("items[0].quotationCount", equalTo(0))
                .body("items[1].id", equalTo((int) older))
                .body("items[1].quotationCount", equalTo(2))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("text")));
        int total = given().get("/api/v1/articles").then().extract().jsonPath().getInt("total");
        given().queryParam("page", 1).queryParam("size", 1).get("/api/v1/articles").then()
                .body("items", hasSize(1)).body("total", equalTo(total)).body("page", equalTo(1))
                .body("items[0].id", lessThanOrEqualTo((int) newer));
    }

    @Test
    void unknownArticleIsA404Problem() {
        problem(given().get("/api/v1/articles/987654321").then(), 404)
                .body("detail", equalTo("No article with id 987654321."))
                .body("instance", equalTo("/api/v1/articles/987654321"));
        problem(given().get("/api/v1/articles/not-a-number").then(), 404);
    }

    @Test
    void invalidPagingIsAProblem() {
        problem(given().queryParam("page", -1).get("/api/v1/articles").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("size", 0).get("/api/v1/articles").then(), 400)
                .body("errors[0].field", equalTo("size"));
        problem(given().queryParam("size", 101).get("/api/v1/articles").then(), 400);
        problem(given().queryParam("page", "first").get("/api/v1/articles").then(), 400)
                .body("detail", containsString("page must be an integer"));
    }

    @Test
    void badPublishedAtIsAProblem() {
        problem(post("/api/v1/articles", Map.of("text", "Some text " + Api.unique(), "publishedAt", "yesterday")), 400)
                .body("errors[0].field", equalTo("publishedAt"))
                .body("detail", containsString("ISO-8601"));
    }

    @Test
    void publishedAtMayBeADate() {
        post("/api/v1/articles", Map.of("text", "Dated " + Api.unique(), "publishedAt", "2021-03-19"))
                .statusCode(201).body("publishedAt", equalTo("2021-03-19T00:00:00Z"));
    }

    @Test
    void urlThatIsNotHttpIsAProblem() {
        problem(post("/api/v1/articles", Map.of("text", "Linked " + Api.unique(), "url", "javascript:alert(1)")), 400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void invalidArticleBodiesAreProblems() {
        problem(post("/api/v1/articles", Map.of("text", " ")), 400);
        problem(post("/api/v1/articles", Map.of("text", "a", "html", "<p>a</p>")), 400);
        problem(post("/api/v1/articles", Map.of("title", "only a title")), 400);
        problem(post("/api/v1/articles", "{\"text\": \"a\", \"title\": 7}"), 400).body("errors[0].field", equalTo("title"));
        problem(post("/api/v1/articles", "{\"text\": "), 400);
        problem(post("/api/v1/articles", Map.of("text", "Long title " + Api.unique(), "title", "t".repeat(1001))), 400)
                .body("errors[0].field", equalTo("title"));
    }
}
