package org.quotecheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.SpeakerType;

@QuarkusTest
class ExtractionResourceTest {

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    @Test
    void dryRunReturnsTheContractShapeWithCodePointOffsets() {
        String text = "😀 Mayor Jane Porter said: “We will rebuild the bridge.” 🎉 The council agreed.";
        extractor.forText(text).quote("We will rebuild the bridge.", "Jane Porter", "Mayor", "Jane Porter", "said");
        int start = text.codePointCount(0, text.indexOf("We will"));
        post("/api/v1/extractions", Map.of("text", text)).statusCode(200)
                .body("extractor.version", equalTo("fixed-test"))
                .body("$", not(hasKey("text")))
                .body("quotations", hasSize(1))
                .body("quotations[0].text", equalTo("We will rebuild the bridge."))
                .body("quotations[0].start", equalTo(start))
                .body("quotations[0].start", equalTo(text.indexOf("We will") - 1))
                .body("quotations[0].end", equalTo(start + "We will rebuild the bridge.".length()))
                .body("quotations[0].speaker.name", equalTo("Jane Porter"))
                .body("quotations[0].speaker.role", equalTo("Mayor"))
                .body("quotations[0].speaker.type", equalTo("PERSON"))
                .body("quotations[0].speaker.mention.text", equalTo("Jane Porter"))
                .body("quotations[0].speaker.mention.start", equalTo(8))
                .body("quotations[0].speaker.mention.end", equalTo(19))
                .body("quotations[0].cue.text", equalTo("said"))
                .body("quotations[0].cue.start", equalTo(20))
                .body("quotations[0].rule", equalTo("test-rule"))
                .body("quotations[0].confidence", equalTo(0.9f))
                .body("quotations[0].context.prefix", equalTo("😀 Mayor Jane Porter said: “"))
                .body("quotations[0].context.suffix", equalTo("” 🎉 The council agreed."));
    }

    @Test
    void everySpeakerCarriesTheTypeTheExtractorGave() {
        String text = "“Rents will rise,” the Housing Board said. “Not here,” an aide said. “Maybe,” the report said.";
        extractor.forText(text)
                .quote("Rents will rise,", "Housing Board", null, SpeakerType.ORGANIZATION, "the Housing Board", "said")
                .quote("Not here,", null, null, "an aide", "said")
                .quote("Maybe,", null, null, SpeakerType.PERSON, "the report", "said");
        post("/api/v1/extractions", Map.of("text", text)).statusCode(200)
                .body("quotations.speaker.type", contains("ORGANIZATION", "OTHER", "PERSON"))
                .body("quotations[1].speaker.name", nullValue())
                .body("quotations[1].speaker.mention.text", equalTo("an aide"));
    }

    @Test
    void contextIsAtMost32CodePointsEachSide() {
        String before = "x".repeat(40);
        String text = before + "“quoted words”" + "y".repeat(40);
        extractor.forText(text).quote("quoted words", null, null, null, null);
        post("/api/v1/extractions", Map.of("text", text)).statusCode(200)
                .body("quotations[0].speaker", nullValue())
                .body("quotations[0].cue", nullValue())
                .body("quotations[0].context.prefix", equalTo("x".repeat(31) + "“"))
                .body("quotations[0].context.suffix", equalTo("”" + "y".repeat(31)));
    }

    @Test
    void htmlInputAnswersWithThePlainTextTheOffsetsIndex() {
        String plain = "Headline\n\n“Hello there,” said Ann.";
        extractor.forText(plain).quote("Hello there,", "Ann", null, "Ann", "said");
        post("/api/v1/extractions", Map.of("html", "<h1>Headline</h1><p>&ldquo;Hello there,&rdquo; said <b>Ann</b>.</p>"))
                .statusCode(200)
                .body("text", equalTo(plain))
                .body("quotations[0].start", equalTo(plain.indexOf("Hello")))
                .body("quotations[0].speaker.mention.start", equalTo(plain.indexOf("Ann")));
    }

    @Test
    void realCoreAttributesASimpleQuotation() {
        QuarkusMock.installMockForType(QuoteExtractor.standard(), QuoteExtractor.class);
        post("/api/v1/extractions", Map.of("text", "“We will rebuild the bridge,” said Jane Porter, the mayor."))
                .statusCode(200)
                .body("quotations", hasSize(1))
                .body("quotations[0].text", equalTo("We will rebuild the bridge,"))
                .body("quotations[0].speaker.name", equalTo("Jane Porter"))
                // the core decides the type; whichever it is, it is one of the three
                .body("quotations[0].speaker.type", oneOf("PERSON", "ORGANIZATION", "OTHER"));
    }

    @Test
    void dryRunStoresNothing() {
        String text = "“Nothing stored " + Api.unique() + ",” said Ann Lee.";
        extractor.forText(text).quote("Nothing stored", "Ann Lee", null, "Ann Lee", "said");
        long before = Api.signedIn().get("/api/v1/articles").then().extract().jsonPath().getLong("total");
        post("/api/v1/extractions", Map.of("text", text)).statusCode(200);
        Api.signedIn().get("/api/v1/articles").then().body("total", equalTo((int) before));
        Api.signedIn().queryParam("q", "\"Nothing stored\"").get("/api/v1/quotations").then().body("total", equalTo(0));
    }

    @Test
    void blankTextIsAProblem() {
        problem(post("/api/v1/extractions", Map.of("text", "  \n ")), 400).body("detail", containsString("blank"));
        problem(post("/api/v1/extractions", Map.of("text", "")), 400);
    }

    @Test
    void bothTextAndHtmlIsAProblem() {
        problem(post("/api/v1/extractions", Map.of("text", "a", "html", "<p>a</p>")), 400)
                .body("detail", containsString("not both"));
    }

    @Test
    void neitherTextNorHtmlIsAProblem() {
        problem(post("/api/v1/extractions", Map.of()), 400).body("detail", containsString("neither"));
    }

    @Test
    void htmlWithoutVisibleTextIsAProblem() {
        problem(post("/api/v1/extractions", Map.of("html", "<script>x()</script>")), 400)
                .body("detail", containsString("no visible text"));
    }

    @Test
    void missingBodyIsAProblem() {
        problem(given().contentType(ContentType.JSON).post("/api/v1/extractions").then(), 400);
    }

    @Test
    void malformedJsonIsAProblem() {
        problem(post("/api/v1/extractions", "{\"text\": \"abc\""), 400)
                .body("type", equalTo("urn:quotecheck:problem:invalid-json"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void fieldOfTheWrongTypeIsAProblem() {
        problem(post("/api/v1/extractions", "{\"text\": 42}"), 400)
                .body("detail", equalTo("Field 'text' must be a string."))
                .body("errors[0].field", equalTo("text"));
        problem(post("/api/v1/extractions", "{\"text\": [\"a\"]}"), 400).body("errors[0].field", equalTo("text"));
        problem(post("/api/v1/extractions", "[\"a\"]"), 400);
    }

    @Test
    void unknownFieldIsAProblemNamingTheKnownOnes() {
        problem(post("/api/v1/extractions", "{\"txt\": \"abc\"}"), 400)
                .body("detail", containsString("Unknown field 'txt'"))
                .body("detail", containsString("html, text"));
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] start = "{\"text\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 2 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        body[start.length + 1] = (byte) 0x28;
        System.arraycopy(end, 0, body, start.length + 2, end.length);
        problem(given().contentType("application/json").body(body).post("/api/v1/extractions").then(), 400)
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void nulCharacterInTextIsAProblem() {
        problem(post("/api/v1/extractions", "{\"text\": \"a\\u0000b\"}"), 400).body("detail", containsString("NUL"));
    }

    @Test
    void loneSurrogateInTextIsAProblem() {
        problem(post("/api/v1/extractions", "{\"text\": \"a\\ud800b\"}"), 400)
                .body("detail", containsString("surrogate"));
    }

    @Test
    void bodyOverTheLimitIsA413Problem() {
        String big = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        // as curl does for large bodies: announce, wait for the verdict, only then send
        RestAssuredConfig expectContinue = RestAssured.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true));
        problem(given().config(expectContinue).contentType(ContentType.JSON).body(big)
                .post("/api/v1/extractions").then(), 413).body("detail", containsString("limit"));
    }

    @Test
    void chunkedBodyOverTheLimitIsA413Problem() {
        byte[] big = ("{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // an InputStream of unknown length goes out chunked, without Content-Length
        problem(given().contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(big) {
        }).post("/api/v1/extractions").then(), 413);
    }

    @Test
    void bodyJustUnderTheLimitIsAccepted() {
        String text = "b".repeat(5 * 1024 * 1024 - 100);
        post("/api/v1/extractions", "{\"text\": \"" + text + "\"}").statusCode(200).body("quotations", hasSize(0));
    }

    @Test
    void wrongContentTypeIsAProblem() {
        problem(given().contentType(ContentType.TEXT).body("hello").post("/api/v1/extractions").then(), 415);
    }

    @Test
    void unknownPathIsAProblem() {
        problem(given().get("/api/v1/nothing-here").then(), 404);
    }
}
