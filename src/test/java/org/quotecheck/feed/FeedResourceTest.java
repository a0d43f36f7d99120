package org.quotecheck.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.fetch.NewsFixtureServer;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The feeds API and the desk's Feeds page, for administrators, with their bad input. */
@QuarkusTest
class FeedResourceTest {

    static final NewsFixtureServer news = NewsFixtureServer.shared();

    @Inject
    UserService users;

    private static String id() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse send(String method, String path, Object body) {
        var spec = Api.signedIn().contentType(ContentType.JSON);
        if (body != null) {
            spec = spec.body(body);
        }
        return spec.when().request(method, path).then();
    }

    private static String rssFeed(String id) {
        String path = "/api-feeds/" + id + ".xml";
        news.feed(path, "application/rss+xml", FeedFixtures.text("rss1.xml", id), false);
        return news.url(path);
    }

    @Test
    void anAdministratorRegistersListsChangesPollsAndDeletesAFeed() {
        String id = id();
        String url = rssFeed(id);
        Response created = send("POST", "/api/v1/feeds", Map.of("url", url, "title", "Valley " + id,
                "intervalMinutes", 30)).statusCode(201).extract().response();
        long feed = created.jsonPath().getLong("id");
        assertEquals("/api/v1/feeds/" + feed, created.header("Location").replaceAll("^https?://[^/]+", ""));
        assertEquals(30, created.jsonPath().getInt("intervalMinutes"));
        assertEquals("admin", created.jsonPath().getString("createdBy"));
        assertTrue(created.jsonPath().getBoolean("enabled"));

        send("GET", "/api/v1/feeds?size=100", null).statusCode(200).body("items.id", hasItem((int) feed));
        send("POST", "/api/v1/feeds/" + feed + "/poll", null).statusCode(200)
                .body("poll.status", equalTo("OK")).body("poll.ingested", equalTo(1))
                .body("feed.articleCount", equalTo(1)).body("feed.lastStatus", equalTo("OK"))
                .body("feed.lastError", nullValue()).body("feed.consecutiveFailures", equalTo(0));
        send("GET", "/api/v1/feeds/" + feed + "/items", null).statusCode(200)
                .body("items[0].status", equalTo("INGESTED")).body("items[0].link", equalTo(news.url("/gen/" + id + "-rdf")));
        send("PATCH", "/api/v1/feeds/" + feed, Map.of("enabled", false, "intervalMinutes", 120, "title", "Renamed"))
                .statusCode(200).body("enabled", equalTo(false)).body("intervalMinutes", equalTo(120))
                .body("title", equalTo("Renamed"));
        send("PATCH", "/api/v1/feeds/" + feed, Map.of("title", " ")).statusCode(200).body("title", nullValue())
                .body("enabled", equalTo(false));
        long article = send("GET", "/api/v1/feeds/" + feed + "/items", null).extract().jsonPath().getLong("items[0].articleId");
        send("DELETE", "/api/v1/feeds/" + feed, null).statusCode(204);
        problem(send("GET", "/api/v1/feeds/" + feed, null), 404);
        send("GET", "/api/v1/articles/" + article, null).statusCode(200);
    }

    @Test
    void theSameFeedTwiceIsAConflictAlsoUnderAnotherSpellingOfItsUrl() {
        String url = rssFeed(id());
        long feed = send("POST", "/api/v1/feeds", Map.of("url", url)).statusCode(201).extract().jsonPath().getLong("id");
        for (String again : List.of(url, url.replace("http://", "HTTP://") + "#top")) {
            problem(send("POST", "/api/v1/feeds", Map.of("url", again)), 409)
                    .body("type", equalTo("urn:quotecheck:problem:feed-exists")).body("feedId", equalTo((int) feed));
        }
    }

    @Test
    void badInputIsAProblemOnItsField() {
        Object[][] cases = {
                {Map.of("url", "ftp://news.example/rss.xml"), 400, "url"},
                {Map.of("url", "javascript:alert(1)"), 400, "url"},
                {Map.of("url", "file:///etc/passwd"), 400, "url"},
                {Map.of("url", "/relative/rss.xml"), 400, "url"},
                {Map.of("title", "no url"), 400, "url"},
                {Map.of("url", rssFeed(id()), "intervalMinutes", 0), 400, "intervalMinutes"},
                {Map.of("url", rssFeed(id()), "intervalMinutes", 4), 400, "intervalMinutes"},
                {Map.of("url", rssFeed(id()), "intervalMinutes", 10081), 400, "intervalMinutes"},
                {Map.of("url", rssFeed(id()), "title", "x".repeat(501)), 400, "title"},
                {Map.of("url", "http://10.0.0.1/rss.xml"), 422, "url"},
                {Map.of("url", "http://169.254.169.254/latest/meta-data/"), 422, "url"},
                {Map.of("url", "http://[::ffff:192.168.1.1]/rss.xml"), 422, "url"},
                {Map.of("url", "http://no-such-host.invalid/rss.xml"), 422, "url"}};
        for (Object[] c : cases) {
            problem(send("POST", "/api/v1/feeds", c[0]), (Integer) c[1]).body("errors.field", hasItem(c[2]));
        }
        problem(send("POST", "/api/v1/feeds", Map.of("url", "http://10.0.0.1/rss.xml")), 422)
                .body("type", equalTo("urn:quotecheck:problem:fetch-refused-address"));
        problem(Api.signedIn().contentType(ContentType.JSON).body("{\"url\": \"" + rssFeed(id())
                + "\", \"intervalMinutes\": \"often\"}").post("/api/v1/feeds").then(), 400);
        long feed = send("POST", "/api/v1/feeds", Map.of("url", rssFeed(id()))).statusCode(201).extract().jsonPath()
                .getLong("id");
        problem(send("PATCH", "/api/v1/feeds/" + feed, Map.of()), 400);
        problem(send("PATCH", "/api/v1/feeds/" + feed, Map.of("intervalMinutes", -5)), 400);
        problem(send("PATCH", "/api/v1/feeds/999999999", Map.of("enabled", true)), 404);
        problem(send("POST", "/api/v1/feeds/999999999/poll", null), 404);
        problem(send("DELETE", "/api/v1/feeds/999999999", null), 404);
        problem(send("GET", "/api/v1/feeds/999999999/items", null), 404);
        problem(send("GET", "/api/v1/feeds?size=0", null), 400);
    }

    @Test
    void onlyAdministratorsMayUseTheFeedsApi() {
        users.createIfAbsent("feed-reviewer", "feed-reviewer-password", Set.of(Role.REVIEWER));
        problem(given().auth().preemptive().basic("feed-reviewer", "feed-reviewer-password").get("/api/v1/feeds")
                .then(), 403);
        problem(given().auth().preemptive().basic("feed-reviewer", "feed-reviewer-password").contentType(ContentType.JSON)
                .body(Map.of("url", rssFeed(id()))).post("/api/v1/feeds").then(), 403);
        problem(given().get("/api/v1/feeds").then(), 401);
    }

    // --- the desk ------------------------------------------------------------------------------

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private record Desk(Map<String, String> cookies, String csrf) {
        static Desk admin() {
            Map<String, String> cookies = new HashMap<>(Api.deskSession());
            Response page = given().cookies(cookies).get("/admin/feeds");
            cookies.putAll(page.getCookies());
            Matcher m = CSRF.matcher(page.asString());
            assertTrue(m.find(), page.asString());
            return new Desk(cookies, m.group(1));
        }

        Response post(String path, Map<String, String> form) {
            return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                    .formParams(form).formParam("csrf-token", csrf).post(path);
        }

        String page(String path) {
            return given().cookies(cookies).get(path).then().statusCode(200).extract().asString();
        }
    }

    @Test
    void theDeskRegistersAFeedPollsItAndShowsItsCountAndError() {
        Desk desk = Desk.admin();
        String id = id();
        String url = rssFeed(id);
        Response registered = desk.post("/admin/feeds", Map.of("url", url, "title", "Desk " + id, "interval", "15"));
        assertEquals(303, registered.statusCode(), registered.asString());
        String location = registered.header("Location");
        assertTrue(location.contains("/admin/feeds?registered="), location);
        long feed = Long.parseLong(location.replaceAll(".*registered=(\\d+).*", "$1"));
        String listed = desk.page("/admin/feeds?registered=" + feed);
        assertTrue(listed.contains("Registered feed " + feed), listed);
        assertTrue(listed.contains("Desk " + id) && listed.contains("every 15 min"), listed);

        Response polled = desk.post("/admin/feeds/" + feed + "/poll", Map.of());
        assertEquals(303, polled.statusCode());
        String after = desk.page(polled.header("Location").replaceAll("^https?://[^/]+", ""));
        assertTrue(after.contains("Polled feed " + feed + ": 1 new articles"), after);
        assertTrue(Pattern.compile("data-feed=\"" + feed + "\"(?s).*?data-field=\"articles\">1<").matcher(after).find(),
                after);

        news.feed("/api-feeds/" + id + ".xml", "application/rss+xml", "<rss><channel><item>", false);
        desk.post("/admin/feeds/" + feed + "/poll", Map.of());
        String failed = desk.page("/admin/feeds");
        assertTrue(failed.contains("not well-formed XML"), failed);

        assertEquals(303, desk.post("/admin/feeds/" + feed + "/enabled", Map.of("enabled", "false")).statusCode());
        send("GET", "/api/v1/feeds/" + feed, null).body("enabled", equalTo(false));
        assertEquals(400, desk.post("/admin/feeds/" + feed + "/enabled", Map.of("enabled", "maybe")).statusCode());
        assertEquals(404, desk.post("/admin/feeds/999999999/poll", Map.of()).statusCode());
        assertEquals(303, desk.post("/admin/feeds/" + feed + "/delete", Map.of()).statusCode());
        problem(send("GET", "/api/v1/feeds/" + feed, null), 404);
    }

    @Test
    void aRefusedRegistrationComesBackWithItsValuesAndAnInlineError() {
        Desk desk = Desk.admin();
        for (String[] c : List.of(new String[] {"ftp://news.example/rss", "", "must be an absolute http"},
                new String[] {"http://10.1.2.3/rss", "", "does not fetch internal addresses"},
                new String[] {rssFeed(id()), "often", "whole number of minutes"},
                new String[] {rssFeed(id()), "2", "from 5 to 10080"})) {
            Response r = desk.post("/admin/feeds", Map.of("url", c[0], "interval", c[1], "title", "Kept <b>title</b>"));
            assertEquals(400, r.statusCode(), c[0]);
            String html = r.asString();
            assertTrue(html.contains("class=\"error-text\"") && html.contains(c[2]), c[0] + ": " + html);
            assertTrue(html.contains("value=\"Kept &lt;b&gt;title&lt;/b&gt;\""), "the values are kept, escaped");
            assertTrue(html.contains("aria-invalid=\"true\""));
        }
    }

    @Test
    void theNavLinkToFeedsIsShownToAdministratorsOnly() {
        assertTrue(Desk.admin().page("/").contains("href=\"/admin/feeds\""));
        users.createIfAbsent("feed-desk-reviewer", "feed-desk-password", Set.of(Role.REVIEWER));
        Map<String, String> cookies = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "feed-desk-reviewer").formParam("j_password", "feed-desk-password")
                .post("/j_security_check").getCookies();
        String page = given().cookies(cookies).get("/").then().statusCode(200).extract().asString();
        assertTrue(!page.contains("/admin/feeds"), "a reviewer sees the Feeds link");
        assertEquals(403, given().cookies(cookies).redirects().follow(false).get("/admin/feeds").statusCode());
        given().cookies(cookies).get("/").then().body(not(containsString("Register a feed")));
    }
}
