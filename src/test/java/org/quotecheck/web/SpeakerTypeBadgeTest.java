package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.FixedExtractor;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.attribution.QuoteExtractor;
import org.quotecheck.attribution.SpeakerType;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The desk's pages show each speaker's type as a badge (server-rendered HTML; no browser needed). */
@QuarkusTest
class SpeakerTypeBadgeTest {

    static final String PASSWORD = "badge-password-1";
    static final String ORGANISATION = "<span class=\"badge speaker-type ORGANIZATION\">organisation</span>";
    static final String PERSON = "<span class=\"badge speaker-type PERSON\">person</span>";

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    private final FixedExtractor extractor = new FixedExtractor();

    @BeforeEach
    void setUp() {
        users.createIfAbsent("badge-ana", PASSWORD, Set.of(Role.REVIEWER));
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
    }

    private static Map<String, String> signIn() {
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "badge-ana").formParam("j_password", PASSWORD).post("/j_security_check");
        return Map.of("quarkus-credential", login.getCookie("quarkus-credential"),
                "qc-session", login.getCookie("qc-session"));
    }

    @Test
    void quotationArticleAndSpeakerPagesShowTheSpeakersType() {
        String token = UUID.randomUUID().toString().replaceAll("[0-9-]", "b");
        String text = "“Fares go up " + token + ",” the Rail Board" + token + " said. “Not mine " + token
                + ",” a driver said.";
        extractor.forText(text)
                .quote("Fares go up " + token + ",", "Rail Board" + token, null, SpeakerType.ORGANIZATION,
                        "the Rail Board" + token, "said")
                .quote("Not mine " + token + ",", null, null, SpeakerType.PERSON, "a driver", "said");
        ArticleView a = articles.ingest(new IngestCommand(text, null, null, "Fares " + token, null, null)).article();
        long board = a.quotations().get(0).id();
        long speaker = a.quotations().get(0).speaker().id();
        Map<String, String> cookies = signIn();

        given().cookies(cookies).get("/quotations/" + board).then().statusCode(200)
                .body(containsString("<dd id=\"speaker-type\">" + ORGANISATION + "</dd>"))
                .body(containsString(PERSON)); // the article's other quotation, by an unnamed person
        given().cookies(cookies).get("/quotations/" + a.quotations().get(1).id()).then().statusCode(200)
                .body(containsString("<dd id=\"speaker-type\">" + PERSON + "</dd>"));
        given().cookies(cookies).get("/articles/" + a.id()).then().statusCode(200)
                .body(containsString(ORGANISATION)).body(containsString(PERSON));
        given().cookies(cookies).get("/speakers/" + speaker).then().statusCode(200)
                .body(containsString("<dd id=\"speaker-type\">" + ORGANISATION + "</dd>"));
    }

    @Test
    void theReviewFormGivesTheCorrectedSpeakersTypeAndExplainsABadOne() {
        String token = UUID.randomUUID().toString().replaceAll("[0-9-]", "c");
        String text = "“Roads first " + token + ",” said Ola Berg" + token + ".";
        extractor.forText(text).quote("Roads first " + token + ",", "Ola Berg" + token, null, "Ola Berg" + token,
                "said");
        long id = articles.ingest(new IngestCommand(text, null, null, null, null, null)).article().quotations().get(0)
                .id();
        Map<String, String> cookies = new java.util.HashMap<>(signIn());
        Response page = given().cookies(cookies).get("/quotations/" + id);
        page.then().statusCode(200).body(containsString("<select id=\"speakerType\" name=\"speakerType\""));
        cookies.put("qc-csrf", page.getCookie("qc-csrf"));
        Matcher csrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        org.junit.jupiter.api.Assertions.assertTrue(csrf.find(), "the form carries a CSRF token");

        String council = "Roads Council " + token;
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1)).formParam("verdict", "MISATTRIBUTED")
                .formParam("speakerName", council).formParam("speakerType", "robot").formParam("version", 0)
                .post("/quotations/" + id + "/review").then().statusCode(400)
                .body(containsString("id=\"speakerType-error\""))
                .body(containsString("<option value=\"PERSON\">person</option>"));
        given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1)).formParam("verdict", "MISATTRIBUTED")
                .formParam("speakerName", council).formParam("speakerType", "ORGANIZATION").formParam("version", 0)
                .post("/quotations/" + id + "/review").then().statusCode(303);
        given().auth().preemptive().basic("badge-ana", PASSWORD).get("/api/v1/quotations/" + id).then()
                .body("speaker.name", equalTo(council)).body("speaker.type", equalTo("ORGANIZATION"));
        given().cookies(cookies).get("/quotations/" + id).then()
                .body(containsString("<dd id=\"speaker-type\">" + ORGANISATION + "</dd>"));
    }
}
