package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The desk's "Check a quote", cluster and same-words pages, server-rendered (no browser needed). */
@QuarkusTest
class CheckDeskTest {

    static final String USER = "check-desk";
    static final String PASSWORD = "check-desk-password";

    @Inject
    UserService users;

    @BeforeEach
    void user() {
        users.createIfAbsent(USER, PASSWORD, Set.of(Role.REVIEWER));
    }

    static String word() {
        StringBuilder sb = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            sb.append("bcdfghjklmnprstvz".charAt(r.nextInt(17))).append("aeiou".charAt(r.nextInt(5)));
        }
        return sb.toString();
    }

    static List<String> words(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> word()).toList();
    }

    /** A desk session: its cookies and a CSRF token. */
    record Desk(Map<String, String> cookies, String csrf) {
        static Desk signIn() {
            Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("j_username", USER).formParam("j_password", PASSWORD).post("/j_security_check");
            Map<String, String> cookies = new HashMap<>(Map.of("quarkus-credential", login.getCookie("quarkus-credential"),
                    "qc-session", login.getCookie("qc-session")));
            Response page = given().cookies(cookies).get("/checks");
            cookies.put("qc-csrf", page.getCookie("qc-csrf"));
            Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
            assertTrue(m.find(), "the check form carries a CSRF token");
            return new Desk(cookies, m.group(1));
        }

        io.restassured.specification.RequestSpecification form() {
            return given().cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", csrf);
        }
    }

    private static long store(String words, String speaker, String date) {
        return given().auth().preemptive().basic(USER, PASSWORD).contentType("application/json")
                .body(Map.of("text", "Officials met on Tuesday in " + word() + ".\n\n“" + words + ",” said " + speaker + ".",
                        "publisher", "Paper " + word(), "publishedAt", date, "title", "Story " + word()))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long quotationOf(long article) {
        return given().auth().preemptive().basic(USER, PASSWORD).queryParam("articleId", article)
                .get("/api/v1/quotations").then().extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void checkingAQuoteRedirectsToTheStoredAnswerWithItsDiff() {
        List<String> w = words(10);
        store(String.join(" ", w), "Vera " + word(), "2020-04-01");
        String changed = word();
        String claim = String.join(" ", w.subList(0, 6)) + " " + changed + " " + String.join(" ", w.subList(7, 10));
        Desk desk = Desk.signIn();
        Response posted = desk.form().formParam("text", claim).formParam("speaker", "Walt " + word()).post("/checks");
        assertEquals(303, posted.statusCode(), posted.asString());
        String location = posted.getHeader("Location");
        assertTrue(location.matches(".*/checks/\\d+$"), location);
        given().cookies(desk.cookies()).get(location).then().statusCode(200)
                .body(containsString("id=\"outcome\">NEAR<"))
                .body(containsString("<del>" + w.get(6) + "</del>"))
                .body(containsString("<ins>" + changed + "</ins>"))
                .body(containsString("does not agree"));
        given().cookies(desk.cookies()).get("/checks").then().statusCode(200)
                .body(containsString(location.substring(location.indexOf("/checks/"))));
    }

    @Test
    void aBadClaimComesBackInlineAndAClaimWithNoMatchSaysSo() {
        Desk desk = Desk.signIn();
        desk.form().formParam("text", "“…”").formParam("speaker", "Ann").post("/checks").then().statusCode(400)
                .body(containsString("id=\"check-error\"")).body(containsString("value=\"Ann\""));
        // over the desk's form limit: a desk page, never a stack trace
        desk.form().formParam("text", "x".repeat(30_000)).post("/checks").then().statusCode(413)
                .body(containsString("<html lang=\"en\">")).body(not(containsString("Exception")));
        String location = desk.form().formParam("text", "Nobody said " + String.join(" ", words(6)))
                .post("/checks").then().statusCode(303).extract().header("Location");
        given().cookies(desk.cookies()).get(location).then().body(containsString("No stored quotation matches these words"));
    }

    @Test
    void theClusterAndQuotationPagesShowTheOtherAttributionsAndApplyToAllReachesThem() {
        List<String> w = words(9);
        String original = String.join(" ", w);
        String drifted = String.join(" ", w.subList(0, 8)) + " " + word();
        long first = quotationOf(store(original, "Vera " + word(), "2019-01-01"));
        long second = quotationOf(store(drifted, "Walt " + word(), "2019-02-01"));
        Desk desk = Desk.signIn();
        String page = given().cookies(desk.cookies()).get("/quotations/" + first).then().statusCode(200)
                .body(containsString("id=\"same-words\"")).body(containsString("conflicting attributions"))
                .body(containsString("name=\"member\" value=\"" + second + ":0\"")).extract().asString();
        Matcher cluster = Pattern.compile("href=\"/clusters/(\\d+)\" id=\"cluster-link\"").matcher(page);
        assertTrue(cluster.find(), "a link to the cluster");
        given().cookies(desk.cookies()).get("/clusters/" + cluster.group(1)).then().statusCode(200)
                .body(containsString("href=\"/quotations/" + first + "\""))
                .body(containsString("<del>" + w.get(8) + ",</del>"))
                .body(containsString("(1 article)"));
        desk.form().formParam("verdict", "MISQUOTED").formParam("version", 0).formParam("applyToAll", "true")
                .formParam("member", second + ":0").post("/quotations/" + first + "/review").then().statusCode(303);
        given().auth().preemptive().basic(USER, PASSWORD).get("/api/v1/quotations/" + second).then()
                .body("status", equalTo("MISQUOTED"));
        desk.form().formParam("verdict", "VERIFIED").formParam("version", 1).formParam("applyToAll", "true")
                .formParam("member", "garbage").post("/quotations/" + first + "/review").then().statusCode(400)
                .body(containsString("id=\"applyToAll-error\""));
        given().cookies(desk.cookies()).get("/clusters?conflict=true").then().statusCode(200)
                .body(containsString("href=\"/clusters/" + cluster.group(1) + "\""));
        given().cookies(desk.cookies()).get("/clusters").then().statusCode(200).body(not(containsString("Exception")));
    }

    @Test
    void theQueueShowsConflictsFirstAndFiltersOnThem() {
        // one made-up word in all three, so the text filter keeps the page to this test's quotations
        String token = word();
        String words = "We will " + String.join(" ", words(8)) + " " + token;
        long alone = quotationOf(store(token + " " + String.join(" ", words(8)), "Xavi Xu" + word(), "2018-01-01"));
        long conflicting = quotationOf(store(words, "Vera Vu" + word(), "2018-01-02"));
        store(words, "Walt Wu" + word(), "2018-01-03");
        Desk desk = Desk.signIn();
        String all = given().cookies(desk.cookies()).queryParam("q", token).get("/").then().statusCode(200)
                .extract().asString();
        // the conflicting quotation comes before the older one without conflict, though the queue is oldest first
        int first = all.indexOf("data-id=\"" + conflicting + "\"");
        int plain = all.indexOf("data-id=\"" + alone + "\"");
        assertTrue(first >= 0 && plain > first, "conflict first: " + first + " " + plain);
        given().cookies(desk.cookies()).queryParam("q", token).queryParam("conflict", "true").get("/").then()
                .statusCode(200).body(containsString("data-id=\"" + conflicting + "\""))
                .body(not(containsString("data-id=\"" + alone + "\"")))
                .body(containsString("conflicting attributions"));
    }
}
