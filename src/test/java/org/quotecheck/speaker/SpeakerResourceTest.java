package org.quotecheck.speaker;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
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
class SpeakerResourceTest {

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    private static String letters() {
        return Api.uniqueLetters();
    }

    private int ingest(String text, String words, String name, String role, String mention) {
        extractor.forText(text).quote(words, name, role, mention, "said");
        return post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath()
                .getInt("quotations[0].speaker.id");
    }

    @Test
    void speakerIsOneRowAcrossArticlesWhateverCaseAccentsAndSpacing() {
        String t = letters();
        int first = ingest("“No limit " + t + ",” said Wang Yi" + t + ".", "No limit " + t + ",", "Wang Yi" + t,
                "State Councilor", "Wang Yi" + t);
        int second = ingest("“No ceiling " + t + ",” said WÁNG  yi" + t + ".", "No ceiling " + t + ",",
                "WÁNG  yi" + t, null, "WÁNG  yi" + t);
        org.junit.jupiter.api.Assertions.assertEquals(first, second);
        given().get("/api/v1/speakers/" + first).then().statusCode(200)
                .body("name", equalTo("Wang Yi" + t))
                .body("role", equalTo("State Councilor"))
                .body("type", equalTo("PERSON"))
                .body("quotations.speaker.type", contains("PERSON", "PERSON"))
                .body("quotationCount", equalTo(2))
                .body("quotations", hasSize(2));
    }

    @Test
    void mentionsAndSpellingVariantsBecomeAliasesButPronounsDoNot() {
        String t = letters();
        String text = "Sergey Lavrov" + t + " spoke. “Rules " + t + ",” Lavrov" + t + " said. “More " + t
                + ",” he said.";
        extractor.forText(text)
                .quote("Rules " + t + ",", "Sergey Lavrov" + t, "Foreign Minister", "Lavrov" + t, "said")
                .quote("More " + t + ",", "Sergey Lavrov" + t, "Foreign Minister", "he", "said");
        int id = post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath()
                .getInt("quotations[0].speaker.id");
        given().get("/api/v1/speakers/" + id).then()
                .body("aliases", contains("Lavrov" + t))
                .body("aliases", not(hasItem("he")));
        // once an article names the variant at one of his quotations, other articles that give only
        // the variant join the same speaker
        String both = "“Also " + t + ",” said Sergei Lavrov" + t + ".";
        extractor.forText(both).quote("Also " + t + ",", "Sergey Lavrov" + t, null, "Sergei Lavrov" + t, "said");
        post("/api/v1/articles", Map.of("text", both)).statusCode(201);
        String variantOnly = "“Finally " + t + ",” Sergei Lavrov" + t + " said.";
        extractor.forText(variantOnly).quote("Finally " + t + ",", "Sergei Lavrov" + t, null, "Sergei Lavrov" + t, "said");
        post("/api/v1/articles", Map.of("text", variantOnly)).statusCode(201)
                .body("quotations[0].speaker.id", equalTo(id));
        given().get("/api/v1/speakers/" + id).then()
                .body("aliases", containsInAnyOrder("Lavrov" + t, "Sergei Lavrov" + t));
    }

    @Test
    void speakerListCountsQuotationsMostQuotedFirst() {
        String t = letters();
        String text = "“One " + t + ",” said Ed Most" + t + ". “Two " + t + ",” said Ed Most" + t + ". “Three " + t
                + ",” said Flo Less" + t + ".";
        extractor.forText(text)
                .quote("One " + t + ",", "Ed Most" + t, null, "Ed Most" + t, "said")
                .quote("Two " + t + ",", "Ed Most" + t, null, "Ed Most" + t, "said")
                .quote("Three " + t + ",", "Flo Less" + t, null, "Flo Less" + t, "said");
        post("/api/v1/articles", Map.of("text", text)).statusCode(201);
        // other tests' speakers (a generated archive among them) may come first: read the pages in order
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        java.util.List<String> types = new java.util.ArrayList<>();
        for (int p = 0; p < 50 && !names.contains("Flo Less" + t); p++) {
            var page = given().queryParam("size", 100).queryParam("page", p).get("/api/v1/speakers").then()
                    .statusCode(200).body("page", equalTo(p)).body("size", equalTo(100)).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            counts.addAll(page.getList("items.quotationCount", Integer.class));
            types.addAll(page.getList("items.type"));
        }
        int most = names.indexOf("Ed Most" + t);
        int less = names.indexOf("Flo Less" + t);
        org.junit.jupiter.api.Assertions.assertTrue(most >= 0 && less > most, names.toString());
        for (int i = 1; i < counts.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(counts.get(i - 1) >= counts.get(i), "most quoted first");
        }
        org.junit.jupiter.api.Assertions.assertEquals(2, counts.get(most));
        org.junit.jupiter.api.Assertions.assertEquals("PERSON", types.get(most));
        org.junit.jupiter.api.Assertions.assertEquals(1, counts.get(less));
    }

    @Test
    void unnamedSourceKeepsItsMentionButMakesNoSpeakerRow() {
        String t = letters();
        String text = "“Quietly " + t + ",” an aide said.";
        extractor.forText(text).quote("Quietly " + t + ",", null, null, "an aide", "said");
        post("/api/v1/articles", Map.of("text", text)).statusCode(201)
                .body("quotations[0].speaker.id", org.hamcrest.Matchers.nullValue())
                .body("quotations[0].speaker.name", org.hamcrest.Matchers.nullValue())
                .body("quotations[0].speaker.mention.text", equalTo("an aide"));
    }

    @Test
    void speakerTypeIsTheLatestKnownOneAndOtherNeverOverwritesIt() {
        String t = letters();
        // first seen without a sure type: OTHER
        String first = "“Plans " + t + ",” Kell Works" + t + " said.";
        extractor.forText(first).quote("Plans " + t + ",", "Kell Works" + t, null, SpeakerType.OTHER,
                "Kell Works" + t, "said");
        int id = post("/api/v1/articles", Map.of("text", first)).statusCode(201)
                .body("quotations[0].speaker.type", equalTo("OTHER")).extract().jsonPath()
                .getInt("quotations[0].speaker.id");
        given().get("/api/v1/speakers/" + id).then().body("type", equalTo("OTHER"));
        // an article that makes sure: ORGANIZATION becomes the speaker's type
        String second = "“More plans " + t + ",” the company Kell Works" + t + " said.";
        extractor.forText(second).quote("More plans " + t + ",", "Kell Works" + t, null, SpeakerType.ORGANIZATION,
                "Kell Works" + t, "said");
        post("/api/v1/articles", Map.of("text", second)).statusCode(201)
                .body("quotations[0].speaker.type", equalTo("ORGANIZATION"));
        given().get("/api/v1/speakers/" + id).then().body("type", equalTo("ORGANIZATION"));
        // a later OTHER leaves the known type alone; each quotation keeps what its article gave
        String third = "“Last plans " + t + ",” Kell Works" + t + " said.";
        extractor.forText(third).quote("Last plans " + t + ",", "Kell Works" + t, null, SpeakerType.OTHER,
                "Kell Works" + t, "said");
        post("/api/v1/articles", Map.of("text", third)).statusCode(201)
                .body("quotations[0].speaker.type", equalTo("OTHER"));
        given().get("/api/v1/speakers/" + id).then()
                .body("type", equalTo("ORGANIZATION"))
                .body("quotations.speaker.type", contains("OTHER", "ORGANIZATION", "OTHER"));
    }

    @Test
    void unknownSpeakerIsA404Problem() {
        problem(given().get("/api/v1/speakers/99999999").then(), 404);
    }

    @Test
    void invalidPagingIsAProblem() {
        problem(given().queryParam("page", -1).get("/api/v1/speakers").then(), 400);
        problem(given().queryParam("size", 0).get("/api/v1/speakers").then(), 400);
    }

    @Test
    void detailListsNewestQuotationsFirst() {
        String t = letters();
        int id = ingest("“Old " + t + ",” said Gil Order" + t + ".", "Old " + t + ",", "Gil Order" + t, null,
                "Gil Order" + t);
        ingest("“New " + t + ",” said Gil Order" + t + ".", "New " + t + ",", "Gil Order" + t, null, "Gil Order" + t);
        given().get("/api/v1/speakers/" + id).then().body("quotations.text", contains("New " + t + ",", "Old " + t + ","));
    }
}
