package org.quotecheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.fetch.NewsFixtureServer;

/**
 * {@code POST /api/v1/articles} with only a URL, and the desk's Add-article form, against the
 * loopback news fixture (let through by {@code %test.quotecheck.fetch.allowed-addresses}).
 */
@QuarkusTest
class UrlIngestTest {

    static final NewsFixtureServer news = NewsFixtureServer.shared();

    private static io.restassured.response.ValidatableResponse ingest(String url) {
        return post("/api/v1/articles", Map.of("url", url));
    }

    @Test
    void fetchesThePageAndStoresItsMainTextWithTheMetadata() {
        String url = news.url("/news/json-ld.html");
        ingest(url).statusCode(201)
                .header("Location", containsString("/api/v1/articles/"))
                .body("url", equalTo(url))
                .body("title", equalTo("Nurses end three-day strike at St. Mary's"))
                .body("publisher", equalTo("Harbor Times"))
                .body("author", equalTo("Ann Chen, Raj Patel"))
                .body("canonicalUrl", equalTo("https://harbortimes.example/health/nurses-strike-ends"))
                .body("publishedAt", equalTo("2024-06-12T12:05:00Z"))
                .body("text", containsString("Nurses at St. Mary's Hospital returned to work"))
                .body("text", org.hamcrest.Matchers.not(containsString("Subscribe")))
                .body("quotations.speaker.name", hasItem("Linda Ortiz"));
    }

    @Test
    void theRequestsOwnMetadataWinsOverThePages() {
        post("/api/v1/articles", Map.of("url", news.url("/news/divs-only.html"), "title", "Port vote",
                "publisher", "Gulf Herald", "publishedAt", "2024-10-01"))
                .statusCode(201)
                .body("title", equalTo("Port vote"))
                .body("publisher", equalTo("Gulf Herald"))
                .body("publishedAt", equalTo("2024-10-01T00:00:00Z"));
    }

    @Test
    void theSamePageIsNotIngestedTwiceByUrlFinalUrlCanonicalUrlOrText() {
        String url = news.url("/news/article-tag.html");
        long id = ingest(url).statusCode(201).extract().jsonPath().getLong("id");
        int served = news.requests.get();
        ingest(url).statusCode(200).body("id", equalTo((int) id));
        ingest(url + "#comments").statusCode(200).body("id", equalTo((int) id));
        assertEquals(served, news.requests.get(), "a known URL is not fetched again");
        ingest(news.url("/moved")).statusCode(200).body("id", equalTo((int) id)); // redirects to the same page
        ingest(news.url("/mirror/article-tag.html")).statusCode(200).body("id", equalTo((int) id)); // same text
        ingest("https://valleycourier.example/2024/03/05/bridge-repairs").statusCode(200)
                .body("id", equalTo((int) id)); // its canonical URL: known without a fetch
    }

    @Test
    void eachFailureIsItsOwnProblemOnTheUrlField() {
        Map<String, String> cases = Map.of(
                "/pdf", "fetch-not-html",
                "/loop", "fetch-too-many-redirects",
                "/gone", "fetch-http-status",
                "/to-private", "fetch-refused-address",
                "/news/no-text.html", "no-article-text");
        cases.forEach((path, type) -> problem(ingest(news.url(path)), 422)
                .body("type", equalTo("urn:quotecheck:problem:" + type))
                .body("errors[0].field", equalTo("url")));
        problem(ingest("http://10.0.0.1/secret"), 422).body("type", equalTo("urn:quotecheck:problem:fetch-refused-address"));
        problem(ingest("http://no-such-host.invalid/a"), 422).body("type", equalTo("urn:quotecheck:problem:fetch-unreachable"));
        problem(ingest("ftp://example.com/a.html"), 400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void aFailedFetchStoresNothing() {
        int before = Api.signedIn().get("/api/v1/articles").then().extract().jsonPath().getInt("total");
        problem(ingest(news.url("/big")), 422);
        Api.signedIn().get("/api/v1/articles").then().body("total", greaterThanOrEqualTo(before));
        Api.signedIn().get("/api/v1/articles?size=100").then()
                .body("items.url", org.hamcrest.Matchers.not(hasItem(news.url("/big"))));
    }

    @Test
    void theDeskFormFetchesAUrlAndShowsAFailureInline() {
        java.util.Map<String, String> session = Api.deskSession();
        Response form = given().cookies(session).get("/articles/new");
        String csrfCookie = form.getCookie("qc-csrf");
        String token = form.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        Response added = given().redirects().follow(false).cookies(session)
                .cookie("qc-csrf", csrfCookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("format", "text").formParam("body", "")
                .formParam("url", news.url("/news/comments-sidebar.html")).post("/articles");
        assertEquals(303, added.statusCode());
        given().cookies(session).get(added.getHeader("Location")).then().statusCode(200)
                .body(containsString("School board delays vote on later start times"));

        given().cookies(session).cookie("qc-csrf", csrfCookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("format", "text").formParam("body", "")
                .formParam("url", news.url("/pdf")).post("/articles")
                .then().statusCode(400).body(containsString("not an HTML page"))
                .body(containsString("id=\"url-error\""));
    }
}
