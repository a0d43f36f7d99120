package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.web.CheckDeskTest.word;
import static org.quotecheck.web.CheckDeskTest.words;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The review queue's search box and publisher and date filters, server-rendered. */
@QuarkusTest
class QueueSearchDeskTest {

    @Inject
    UserService users;

    @BeforeEach
    void user() {
        users.createIfAbsent(CheckDeskTest.USER, CheckDeskTest.PASSWORD, Set.of(Role.REVIEWER));
    }

    private static long store(String words, String publisher, String date) {
        return store(words, publisher, date, "Mira " + CheckDeskTest.word());
    }

    private static long store(String words, String publisher, String date, String speaker) {
        return given().auth().preemptive().basic(CheckDeskTest.USER, CheckDeskTest.PASSWORD)
                .contentType("application/json")
                .body(Map.of("text", "Officials met in " + word() + ".\n\n“" + words + ",” said " + speaker + ".",
                        "publisher", publisher, "publishedAt", date))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("quotations[0].id");
    }

    private static RequestSpecification desk() {
        return given().cookies(CheckDeskTest.Desk.signIn().cookies());
    }

    @Test
    void theSearchBoxRanksMarksAndFiltersThePublisherAndDates() {
        String w = word();
        String outlet = "Gazette " + word();
        long early = store("We will " + w + " the " + String.join(" ", words(6)), "Paper " + word(), "2019-05-01");
        long late = store(String.join(" ", words(3)) + " " + w + " " + String.join(" ", words(4)), outlet, "2020-05-01");
        desk().queryParam("status", "ALL").queryParam("q", w).get("/").then().statusCode(200)
                .body(containsString("data-id=\"" + early + "\"")).body(containsString("data-id=\"" + late + "\""))
                .body(containsString("<mark class=\"hit\">" + w + "</mark>"))
                .body(containsString("2 quotations matching “" + w + "”"))
                .body(containsString("name=\"publishedFrom\" type=\"date\""));
        desk().queryParam("status", "ALL").queryParam("q", w).queryParam("publisher", outlet.toLowerCase())
                .get("/").then().statusCode(200)
                .body(containsString("data-id=\"" + late + "\"")).body(not(containsString("data-id=\"" + early + "\"")));
        desk().queryParam("status", "ALL").queryParam("q", w).queryParam("publishedTo", "2019-12-31")
                .get("/").then().statusCode(200)
                .body(containsString("data-id=\"" + early + "\"")).body(not(containsString("data-id=\"" + late + "\"")));
        // publisher and dates also filter without a search
        desk().queryParam("status", "ALL").queryParam("publisher", outlet).queryParam("publishedFrom", "2020-05-01")
                .queryParam("publishedTo", "2020-05-01").get("/").then().statusCode(200)
                .body(containsString("data-id=\"" + late + "\"")).body(not(containsString("data-id=\"" + early + "\"")))
                .body(containsString("1 quotation,"));
    }

    @Test
    void aSearchedQueueShowsConflictingAttributionsBeforeBetterRankedMatches() {
        String w = word();
        // short: the better rank; said by one speaker only
        long single = store("We will " + w + " them all", "Paper " + word(), "2021-02-01");
        String contested = "They promised that " + w + " would " + String.join(" ", words(9));
        long first = store(contested, "Paper " + word(), "2021-02-02", "Mira " + word());
        long second = store(contested, "Paper " + word(), "2021-02-03", "Otto " + word());
        String page = desk().queryParam("status", "ALL").queryParam("q", w).get("/").then().statusCode(200)
                .extract().asString();
        int singleAt = page.indexOf("data-id=\"" + single + "\"");
        int firstAt = page.indexOf("data-id=\"" + first + "\"");
        int secondAt = page.indexOf("data-id=\"" + second + "\"");
        org.junit.jupiter.api.Assertions.assertTrue(singleAt > 0 && firstAt > 0 && secondAt > 0, page);
        org.junit.jupiter.api.Assertions.assertTrue(firstAt < singleAt && secondAt < singleAt,
                "both members of the conflicting cluster come before the single speaker's quotation");
        // the API ranks alone: the shorter quotation first
        org.junit.jupiter.api.Assertions.assertEquals(single, given().auth().preemptive()
                .basic(CheckDeskTest.USER, CheckDeskTest.PASSWORD).queryParam("q", w).get("/api/v1/quotations")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
    }

    @Test
    void aMisspeltSearchShowsNearMatchesAndSaysSo() {
        String w = word();
        long id = store("They want to impose their own " + w + " on everyone", "Paper " + word(), "2021-01-01");
        desk().queryParam("status", "ALL").queryParam("q", "impose thier own " + w).get("/").then()
                .statusCode(200).body(containsString("data-id=\"" + id + "\""))
                .body(containsString("no exact match, near matches shown"))
                .body(containsString("<mark class=\"hit\">their</mark>"))
                .body(containsString("<mark class=\"hit\">" + w + "</mark>"));
    }

    @Test
    void snippetTextIsEscapedAroundTheMarks() {
        String w = word();
        long id = store("Tell " + w + " that <b>bold</b> & " + String.join(" ", words(4)) + " is fine", "Paper " + word(),
                "2021-01-01");
        desk().queryParam("status", "ALL").queryParam("q", w).get("/").then().statusCode(200)
                .body(containsString("data-id=\"" + id + "\""))
                .body(containsString("<mark class=\"hit\">" + w + "</mark> that &lt;b&gt;bold&lt;/b&gt; &amp;"))
                .body(not(containsString("<b>bold</b>")));
    }

    @Test
    void aBadDateComesBackAsTheFormWithAMessage() {
        desk().queryParam("publishedFrom", "19/03/2021").get("/").then().statusCode(400)
                .body(containsString("role=\"alert\"")).body(containsString("publishedFrom"));
        desk().queryParam("publishedFrom", "2021-03-20").queryParam("publishedTo", "2021-03-19").get("/").then()
                .statusCode(400).body(containsString("publishedTo must not be before publishedFrom"));
    }
}
