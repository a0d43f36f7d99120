package org.quotecheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.quotecheck.Api.post;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;

@QuarkusTest
// Reads through the API need a signed-in user (see ApiSecurityTest).
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class IngestAtomicityTest {

    @Test
    void failedIngestLeavesNoPartialArticle() {
        FixedExtractor extractor = new FixedExtractor();
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
        String token = Api.unique();
        String speaker = "Partial Person " + Api.uniqueLetters();
        String text = "“First words,” said " + speaker + ". “Second words,” he said. " + token;
        // the first quotation (and its new speaker) is written, then the second one fails in the database
        extractor.forText(text).quote("First words,", speaker, null, speaker, "said").broken("Second words,");

        var r = post("/api/v1/articles", Map.of("text", text)).statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:quotecheck:problem:internal-error"));
        org.hamcrest.MatcherAssert.assertThat(r.extract().asString(),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));

        given().queryParam("q", "\"First words\"").get("/api/v1/quotations").then().body("total", equalTo(0));
        given().queryParam("speaker", speaker).get("/api/v1/quotations").then().body("total", equalTo(0));
        given().queryParam("size", 100).get("/api/v1/speakers").then()
                .body("items.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(speaker)));
        given().get("/api/v1/articles").then()
                .body("items.sha256", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(ArticleService.sha256(text))));

        // once the extractor behaves, the same text ingests cleanly: nothing stale blocks it
        extractor.forText(text).quote("First words,", speaker, null, speaker, "said");
        post("/api/v1/articles", Map.of("text", text)).statusCode(201).body("quotations.size()", equalTo(1));
    }
}
