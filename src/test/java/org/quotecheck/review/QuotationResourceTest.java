package org.quotecheck.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.SpeakerType;

@QuarkusTest
// The API needs a signed-in user for reads and the reviewer role for writes (ApiSecurityTest covers
// the refusals); these tests specify behaviour behind that door.
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class QuotationResourceTest {

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    /** An article with a quotation by Ann Vance-{token} and one by Bo Ilić-{token}. */
    private JsonPath article(String token) {
        String ann = "Ann Vance" + token;
        String bo = "Bo Ilić" + token;
        String text = "“Taxes fall " + token + ",” said " + ann + ". “TAXES RISE " + token + ",” said " + bo + ".";
        extractor.forText(text).quote("Taxes fall " + token + ",", ann, "Senator", ann, "said")
                .quote("TAXES RISE " + token + ",", bo, null, bo, "said");
        return post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath();
    }

    private static String token() {
        return Api.uniqueLetters();
    }

    @Test
    void filterByArticleListsItsQuotationsNewestFirst() {
        String token = token();
        long older = article(token).getLong("id");
        long newer = article(token + "z").getLong("id");
        given().queryParam("articleId", older).get("/api/v1/quotations").then().statusCode(200)
                .body("total", equalTo(2)).body("items.articleId", contains((int) older, (int) older));
        given().queryParam("articleId", newer).get("/api/v1/quotations").then()
                .body("total", equalTo(2)).body("items.articleId", contains((int) newer, (int) newer));
        // a search is ranked, not newest first: the exact words only (QuotationSearchTest has the rest)
        given().queryParam("q", "taxes fall " + token).get("/api/v1/quotations").then()
                .body("total", equalTo(1))
                .body("items[0].articleId", equalTo((int) older))
                .body("items[0].match", equalTo("FULL_TEXT"));
    }

    @Test
    void textFilterIgnoresCase() {
        String token = token();
        article(token);
        given().queryParam("q", "taxes rise " + token.toUpperCase()).get("/api/v1/quotations").then()
                .body("total", equalTo(1)).body("items[0].text", equalTo("TAXES RISE " + token + ","));
    }

    @Test
    void textSearchTreatsLikeWildcardsAsPunctuation() {
        String token = token();
        article(token);
        // '%' and '_' are no wildcards: "taxes%" is the word "taxes"
        given().queryParam("q", "taxes% rise_ " + token).get("/api/v1/quotations").then().body("total", equalTo(1));
        given().queryParam("q", "%_%").get("/api/v1/quotations").then().body("total", equalTo(0));
    }

    @Test
    void speakerFilterTakesAnIdOrPartOfTheNameIgnoringAccents() {
        String token = token();
        JsonPath a = article(token);
        int boId = a.getInt("quotations[1].speaker.id");
        given().queryParam("speaker", boId).get("/api/v1/quotations").then()
                .body("total", equalTo(1)).body("items[0].speaker.name", equalTo("Bo Ilić" + token));
        given().queryParam("speaker", "ilic" + token).get("/api/v1/quotations").then()
                .body("total", equalTo(1)).body("items[0].speaker.id", equalTo(boId));
        given().queryParam("speaker", "nobody" + token).get("/api/v1/quotations").then().body("total", equalTo(0));
    }

    @Test
    void statusFilterSeesReviewedQuotations() {
        String token = token();
        JsonPath a = article(token);
        long id = a.getLong("quotations[0].id");
        post("/api/v1/quotations/" + id + "/reviews", Map.of("verdict", "VERIFIED", "version", 0))
                .statusCode(201);
        given().queryParam("status", "VERIFIED").queryParam("articleId", a.getLong("id"))
                .get("/api/v1/quotations").then().body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().queryParam("status", "pending").queryParam("articleId", a.getLong("id"))
                .get("/api/v1/quotations").then().body("total", equalTo(1));
    }

    @Test
    void quotationCarriesTheExtractionFieldsAndItsVersionAsETag() {
        String token = token();
        JsonPath a = article(token);
        long id = a.getLong("quotations[0].id");
        given().get("/api/v1/quotations/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("text", equalTo("Taxes fall " + token + ","))
                .body("start", equalTo(1))
                .body("speaker.role", equalTo("Senator"))
                .body("speaker.type", equalTo("PERSON"))
                .body("speaker.mention.text", equalTo("Ann Vance" + token))
                .body("cue.text", equalTo("said"))
                .body("context.prefix", equalTo("“"))
                .body("rule", equalTo("test-rule"))
                .body("status", equalTo("PENDING"));
    }

    @Test
    void storedQuotationsKeepTheTypeTheExtractorGaveEachSpeaker() {
        String token = token();
        String text = "“Costs rise " + token + ",” the Tarn Agency" + token + " said. “Costs fall " + token
                + ",” a spokesman said. “Costs stay " + token + ",” Dee Vale" + token + " said.";
        extractor.forText(text)
                .quote("Costs rise " + token + ",", "Tarn Agency" + token, null, SpeakerType.ORGANIZATION,
                        "the Tarn Agency" + token, "said")
                .quote("Costs fall " + token + ",", null, null, SpeakerType.PERSON, "a spokesman", "said")
                .quote("Costs stay " + token + ",", "Dee Vale" + token, null, SpeakerType.OTHER, "Dee Vale" + token,
                        "said");
        long article = post("/api/v1/articles", Map.of("text", text)).statusCode(201)
                .body("quotations.speaker.type", contains("ORGANIZATION", "PERSON", "OTHER"))
                .extract().jsonPath().getLong("id");
        given().queryParam("articleId", article).get("/api/v1/quotations").then()
                .body("items.speaker.type", contains("OTHER", "PERSON", "ORGANIZATION"));
        given().get("/api/v1/articles/" + article).then()
                .body("quotations.speaker.type", contains("ORGANIZATION", "PERSON", "OTHER"))
                .body("quotations[1].speaker.name", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void quotationWithoutSpeakerHasNoType() {
        String token = token();
        String text = "“Alone " + token + ".”";
        extractor.forText(text).quote("Alone " + token + ".", null, null, null, null);
        post("/api/v1/articles", Map.of("text", text)).statusCode(201)
                .body("quotations[0].speaker", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void unknownQuotationIsA404Problem() {
        problem(given().get("/api/v1/quotations/99999999").then(), 404);
        problem(given().get("/api/v1/quotations/99999999/reviews").then(), 404);
    }

    @Test
    void invalidFiltersAreProblems() {
        problem(given().queryParam("status", "DONE").get("/api/v1/quotations").then(), 400)
                .body("allowed", hasItem("NOT_A_QUOTE")).body("allowed", hasSize(6));
        problem(given().queryParam("articleId", "abc").get("/api/v1/quotations").then(), 400)
                .body("errors[0].field", equalTo("articleId"));
        problem(given().queryParam("page", -1).get("/api/v1/quotations").then(), 400)
                .body("detail", containsString("page"));
        problem(given().queryParam("size", 1000).get("/api/v1/quotations").then(), 400);
    }
}
