package org.quotecheck.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.post;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.clustering.Words;

/**
 * {@code GET /api/v1/quotations?q=}: full-text search with ranking, websearch syntax, accents, fuzzy
 * matching, filters and snippets. Every test's quotations use made-up words no other test uses.
 */
@QuarkusTest
@TestSecurity(user = "test-reviewer", roles = "reviewer")
class QuotationSearchTest {

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void useFixedExtractor() {
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    /** Stores an article of one quotation, {@code words} said by {@code speaker}; returns the article. */
    private JsonPath article(String words, String speaker, String publisher, String publishedAt) {
        String text = "“" + words + "” said " + speaker + ".";
        extractor.forText(text).quote(words, speaker, null, speaker, "said");
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (publisher != null) {
            body.put("publisher", publisher);
        }
        if (publishedAt != null) {
            body.put("publishedAt", publishedAt);
        }
        return post("/api/v1/articles", body).statusCode(201).extract().jsonPath();
    }

    private long quotation(String words) {
        return article(words, Words.name() + " " + Words.name(), null, null).getLong("quotations[0].id");
    }

    private static ValidatableResponse search(Object... params) {
        Map<String, Object> query = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            query.put((String) params[i], params[i + 1]);
        }
        return given().queryParams(query).get("/api/v1/quotations").then().statusCode(200);
    }

    @Test
    void theWordsAsAPhraseRankAboveTheSameWordsScattered() {
        String a = Words.word();
        String b = Words.word();
        String c = Words.word();
        long scattered = quotation(a + " " + Words.words(4) + " " + b + " " + Words.words(4) + " " + c + " " + Words.word());
        long phrase = quotation(Words.word() + " " + a + " " + b + " " + c + " " + Words.words(9));
        search("q", a + " " + b + " " + c).body("total", equalTo(2))
                .body("items.id", contains((int) phrase, (int) scattered))
                .body("items.match", everyItem(equalTo("FULL_TEXT")))
                .body("items[0].rank", greaterThan(search("q", a + " " + b + " " + c).extract().jsonPath()
                        .getFloat("items[1].rank")));
    }

    @Test
    void aQuotationWithMoreOfTheWordsRanksFirst() {
        String a = Words.word();
        String b = Words.word();
        long one = quotation(a + " " + Words.words(5));
        long both = quotation(b + " " + Words.words(2) + " " + a + " " + Words.words(2));
        search("q", a + " or " + b).body("items.id", contains((int) both, (int) one));
        // without q the list stays newest first
        search("articleId", article(a + " " + Words.words(4), "Ada " + Words.name(), null, null).getLong("id"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("rank")));
    }

    @Test
    void aQuotedPhraseFindsOnlyThoseWordsInThatOrder() {
        String a = Words.word();
        String b = Words.word();
        long inOrder = quotation(Words.word() + " " + a + " " + b + " " + Words.words(4));
        quotation(b + " " + a + " " + Words.words(4));
        quotation(a + " " + Words.word() + " " + b + " " + Words.words(4));
        search("q", "\"" + a + " " + b + "\"").body("total", equalTo(1)).body("items[0].id", equalTo((int) inOrder));
    }

    @Test
    void orFindsEitherAndAMinusExcludes() {
        String a = Words.word();
        String b = Words.word();
        String noise = Words.word();
        long onlyA = quotation(a + " " + Words.words(4));
        long onlyB = quotation(b + " " + Words.words(4));
        long aWithNoise = quotation(a + " " + noise + " " + Words.words(4));
        search("q", a + " OR " + b).body("items.id", containsInAnyOrder((int) onlyA, (int) onlyB, (int) aWithNoise));
        search("q", a + " -" + noise).body("items.id", contains((int) onlyA));
        // words without "or" must all occur: no quotation has both, so at most near matches come back
        search("q", a + " " + b).body("items.match", everyItem(equalTo("FUZZY")));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        String w = Words.word() + Words.word(); // one long made-up word: no other test's word, nor its stem
        long id = quotation("L’Élysée " + w + " a répondu");
        search("q", "elysee " + w.toUpperCase()).body("items.id", contains((int) id));
        long plain = quotation("Zurich " + w + "x decided");
        search("q", "Zürich " + w + "x").body("items.id", contains((int) plain));
    }

    @Test
    void misspellingsAreFoundByFuzzyMatchingWhenNothingMatchesExactly() {
        String w = Words.word() + Words.word(); // one long made-up word: no other test's word, nor its stem
        long id = quotation("The West wants to impose its own rules on " + w + " and everyone else");
        String misspelt = w.substring(0, 3) + w.charAt(4) + w.charAt(3) + w.substring(5);
        JsonPath found = search("q", "wants to imposse its own rulez on " + misspelt).extract().jsonPath();
        List<Integer> ids = found.getList("items.id");
        assertTrue(ids.contains((int) id), found.prettify());
        int at = ids.indexOf((int) id);
        assertEquals("FUZZY", found.getString("items[" + at + "].match"));
        List<String> marked = marked(found, at);
        assertTrue(marked.containsAll(List.of("impose", "rules", w)), marked.toString());
        // spelt right, the words match exactly, and near matches stay out
        search("q", "wants to impose its own rules on " + w).body("items.id", contains((int) id))
                .body("items[0].match", equalTo("FULL_TEXT"));
        // a word that is nothing like the text finds nothing, exactly or fuzzily
        search("q", Words.word() + Words.word()).body("total", equalTo(0));
    }

    @Test
    void aMisspeltSpeakerNameFindsTheClosestSpeaker() {
        String surname = Words.name();
        String w = Words.word() + Words.word(); // one long made-up word: no other test's word, nor its stem
        String words = w + " " + Words.words(4);
        article(words, "Sergei " + surname, null, null);
        String transposed = surname.substring(0, 3) + surname.charAt(4) + surname.charAt(3) + surname.substring(5);
        search("q", w, "speaker", transposed).body("total", equalTo(1))
                .body("items[0].speaker.name", equalTo("Sergei " + surname));
        search("q", w, "speaker", surname.toLowerCase()).body("total", equalTo(1));
        search("q", w, "speaker", "Zz" + Words.word()).body("total", equalTo(0));
    }

    @Test
    void publisherFilterMatchesPartOfThePublisherInAnyCase() {
        String w = Words.word() + Words.word(); // one long made-up word: no other test's word, nor its stem
        String outlet = Words.name();
        long kept = article(w + " " + Words.words(4), Words.name() + " " + Words.name(), "The " + outlet + " Times",
                null).getLong("quotations[0].id");
        article(w + " " + Words.words(4), Words.name() + " " + Words.name(), "Other Herald", null);
        search("q", w, "publisher", outlet.toLowerCase() + " times").body("items.id", contains((int) kept));
        search("q", w, "publisher", "herald").body("items.id", not(hasItem((int) kept)));
        search("q", w).body("total", equalTo(2));
    }

    @Test
    void dateRangeFiltersOnThePublicationDayInclusive() {
        String w = Words.word() + Words.word(); // one long made-up word: no other test's word, nor its stem
        long march = article(w + " " + Words.words(4), Words.name() + " " + Words.name(), null, "2021-03-19")
                .getLong("quotations[0].id");
        long june = article(w + " " + Words.words(4), Words.name() + " " + Words.name(), null,
                "2021-06-02T23:30:00Z").getLong("quotations[0].id");
        search("q", w, "publishedFrom", "2021-03-19", "publishedTo", "2021-03-19").body("items.id", contains((int) march));
        search("q", w, "publishedFrom", "2021-04-01").body("items.id", contains((int) june));
        search("q", w, "publishedTo", "2021-06-02").body("items.id", containsInAnyOrder((int) march, (int) june));
        search("q", w, "publishedTo", "2021-06-01").body("items.id", contains((int) march));
        search("q", w, "publishedFrom", "2022-01-01").body("total", equalTo(0));
    }

    @Test
    void statusAndClusterFiltersApplyToSearchHits() {
        String words = Words.words(6);
        long first = quotation(words);
        long second = quotation(words);
        long other = quotation(words.split(" ")[0] + " " + Words.words(5));
        String w = words.split(" ")[0];
        post("/api/v1/quotations/" + first + "/reviews", Map.of("verdict", "VERIFIED", "version", 0)).statusCode(201);
        search("q", w, "status", "VERIFIED").body("items.id", contains((int) first));
        search("q", w, "status", "PENDING").body("items.id", containsInAnyOrder((int) second, (int) other));
        long cluster = given().get("/api/v1/quotations/" + first).then().extract().jsonPath().getLong("clusterId");
        search("q", w, "cluster", cluster).body("items.id", containsInAnyOrder((int) first, (int) second));
        search("q", w, "cluster", cluster + 100000).body("total", equalTo(0));
    }

    @Test
    void aSnippetMarksTheMatchedWordsByCodePointRanges() {
        String w = Words.word();
        // a long quotation with a character outside the BMP before the match: offsets count code points
        String words = "𝄞 " + Words.words(30) + " " + w + " and then " + Words.words(20);
        quotation(words);
        JsonPath found = search("q", w).extract().jsonPath();
        String text = found.getString("items[0].snippet.text");
        assertTrue(text.codePointCount(0, text.length()) <= 200, text);
        assertTrue(found.getInt("items[0].snippet.start") > 0, found.prettify());
        assertEquals(List.of(w), marked(found, 0));
        int start = found.getInt("items[0].snippet.start");
        assertEquals(text, words.substring(words.offsetByCodePoints(0, start),
                words.offsetByCodePoints(0, start) + text.length()));
        // a short quotation comes whole
        String shortWords = Words.word() + " " + w + "x " + Words.word();
        quotation(shortWords);
        search("q", w + "x").body("items[0].snippet.text", equalTo(shortWords))
                .body("items[0].snippet.start", equalTo(0))
                .body("items[0].snippet.highlights[0].start", equalTo(7))
                .body("items[0].snippet.highlights[0].end", equalTo(14));
    }

    @Test
    void badSearchInputIsAProblem() {
        problem(given().queryParam("q", "a\u0000b").get("/api/v1/quotations").then(), 400);
        problem(given().queryParam("q", "x".repeat(501)).get("/api/v1/quotations").then(), 400);
        problem(given().queryParam("publishedFrom", "19/03/2021").get("/api/v1/quotations").then(), 400)
                .body("detail", org.hamcrest.Matchers.containsString("publishedFrom"));
        problem(given().queryParam("publishedFrom", "2021-03-20").queryParam("publishedTo", "2021-03-19")
                .get("/api/v1/quotations").then(), 400);
        problem(given().queryParam("publisher", "a\u0000").get("/api/v1/quotations").then(), 400);
        search("q", "x".repeat(500)).body("total", equalTo(0));
    }

    @Test
    void aQueryOfOnlyPunctuationOrOperatorsFindsNothing() {
        quotation(Words.words(5));
        for (String q : List.of("--", "\" \"", "or", "- - -", "!!!", "% _")) {
            search("q", q).body("total", equalTo(0)).body("items.size()", equalTo(0));
        }
    }

    /** The highlighted words of item {@code i}'s snippet. */
    private static List<String> marked(JsonPath found, int i) {
        String text = found.getString("items[" + i + "].snippet.text");
        List<Map<String, Integer>> spans = found.getList("items[" + i + "].snippet.highlights");
        return spans.stream().map(s -> text.substring(text.offsetByCodePoints(0, s.get("start")),
                text.offsetByCodePoints(0, s.get("end")))).toList();
    }
}
