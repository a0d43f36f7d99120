package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.ArticleView;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.user.Role;
import org.quotecheck.user.UserService;

/** The review desk in a real Chromium: queue, review, conflict, add article, escaping, accessibility. */
@QuarkusTest
class ReviewDeskBrowserTest {

    static final String PASSWORD = "desk-password-1";

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    @Inject
    ArticleService articles;

    @BeforeEach
    void accounts() {
        users.createIfAbsent("desk-ana", PASSWORD, Set.of(Role.REVIEWER));
        users.createIfAbsent("desk-ben", PASSWORD, Set.of(Role.REVIEWER));
    }

    /** Stores an article of our own and returns it with its quotations. */
    ArticleView article(String title, String text) {
        return articles.ingest(new IngestCommand(text, null, "https://news.example/" + title.hashCode(), title,
                "Desk Test Daily", "2024-03-05")).article();
    }

    @Test
    void queueFiltersBySpeakerTextArticleAndStatusAndCountsPerStatus() throws Exception {
        ArticleView harbour = article("Harbour plan for Vellmar", """
                The council met on Monday to discuss the harbour.

                “We will rebuild the eastern pier before the storms come,” Mayor Ada Lindqvist said.

                “The budget does not cover a second crane,” treasurer Olav Brandt told reporters.""");
        assertEquals(2, harbour.quotations().size(), "the test article yields two quotations");
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("desk-ana", PASSWORD);
            assertTrue(b.path().equals("/") || b.path().startsWith("/?"), "signed in to the queue: " + b.path());
            b.assertAccessible("queue");
            b.screenshot("queue");

            b.type("#f-speaker", "Lindqvist").submit("form[role=search] button[type=submit]");
            List<WebElement> items = b.all(".queue-item");
            assertEquals(1, items.size(), b.text());
            assertTrue(items.get(0).getText().contains("eastern pier"));

            b.go("/?status=PENDING&article=Vellmar&q=crane");
            items = b.all(".queue-item");
            assertEquals(1, items.size());
            assertTrue(items.get(0).getText().contains("second crane"));
            // a search shows the matched word marked, and the page stays accessible
            assertEquals("crane", b.find(".queue-item mark.hit").getText());
            b.assertAccessible("queue-search");
            b.screenshot("queue-search");

            b.go("/?status=VERIFIED&article=Vellmar");
            assertTrue(b.all(".queue-item").isEmpty(), "nothing of this article is verified yet");
            String counts = b.find(".counts").getText();
            assertTrue(counts.contains("Pending 2"), counts);
            assertTrue(counts.contains("All 2"), counts);

            b.go("/?article=Vellmar");
            b.submit(".queue-item form[action$='/claim'] button");
            assertTrue(b.path().startsWith("/quotations/"), b.path());
            b.go("/?article=Vellmar");
            assertTrue(b.text().contains("claimed by you"));
            b.phone();
            b.screenshot("queue-phone");
        }
        try (Browser other = Browser.open(base.toString())) {
            other.signIn("desk-ben", PASSWORD).go("/?article=Vellmar");
            assertTrue(other.text().contains("claimed by desk-ana"), "another reviewer sees the claim");
        }
    }

    @Test
    void aFullReviewWithACorrectedSpeakerIsRecordedAndVisibleThroughTheApi() throws Exception {
        ArticleView a = article("Bridge tolls in Qarsby", """
                “Tolls will fall by half next year,” transport minister Lena Qvist said on Friday.""");
        long id = a.quotations().get(0).id();
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("desk-ana", PASSWORD).go("/quotations/" + id);
            assertEquals("Tolls will fall by half next year,", b.find("#excerpt mark.q").getText());
            assertFalse(b.all("#excerpt mark.cue").isEmpty(), "the cue is highlighted");
            assertFalse(b.all("#excerpt mark.who").isEmpty(), "the speaker mention is highlighted");
            String type = b.find("#speaker-type .badge.speaker-type").getText();
            assertTrue(Set.of("person", "organisation", "other").contains(type), "the speaker type badge: " + type);
            b.assertAccessible("quotation");
            b.screenshot("quotation");

            // Misattributed without a name: the form comes back with the error and the values kept.
            b.find("#verdict-MISATTRIBUTED").click();
            b.type("#note", "Checked the ministry's press office.");
            b.submit("#review-form button[type=submit]");
            assertTrue(b.find("#speakerName-error").getText().contains("speakerName"), b.text());
            assertTrue(b.find("#verdict-MISATTRIBUTED").isSelected());
            assertEquals("Checked the ministry's press office.", b.find("#note").getAttribute("value"));
            b.assertAccessible("quotation-invalid");
            b.screenshot("quotation-invalid");

            b.type("#speakerName", "Piet Ormond");
            b.type("#evidenceUrl", "https://ministry.example/press/42");
            b.submit("#review-form button[type=submit]");
            assertFalse(b.path().startsWith("/quotations/" + id + "/"), b.path());
        }
        given().auth().preemptive().basic("desk-ben", PASSWORD).when().get("/api/v1/quotations/" + id)
                .then().statusCode(200).body("status", equalTo("MISATTRIBUTED"))
                .body("speaker.name", equalTo("Piet Ormond"))
                .body("speaker.type", equalTo("OTHER")); // a new name, and the form gives no type
        given().auth().preemptive().basic("desk-ben", PASSWORD).when().get("/api/v1/quotations/" + id + "/reviews")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].reviewer", equalTo("desk-ana"))
                .body("[0].evidenceUrl", equalTo("https://ministry.example/press/42"))
                .body("[0].note", equalTo("Checked the ministry's press office."));
    }

    @Test
    void aStaleVersionFromASecondBrowserReRendersWithAClearMessageAndOverwritesNothing() throws Exception {
        ArticleView a = article("Library hours in Tovik", """
                “The library will open on Sundays from May,” librarian Mira Sand said.""");
        long id = a.quotations().get(0).id();
        try (Browser ana = Browser.open(base.toString()); Browser ben = Browser.open(base.toString())) {
            ana.signIn("desk-ana", PASSWORD).go("/quotations/" + id);
            ben.signIn("desk-ben", PASSWORD).go("/quotations/" + id);

            ana.find("#verdict-VERIFIED").click();
            ana.submit("#review-form button[type=submit]");

            ben.find("#verdict-MISQUOTED").click();
            ben.type("#note", "The recording says Saturdays.");
            ben.submit("#review-form button[type=submit]");
            assertTrue(ben.find("#conflict").getText().contains("Someone else reviewed"), ben.text());
            assertTrue(ben.find("#verdict-MISQUOTED").isSelected(), "Ben's choice is kept");
            assertEquals("The recording says Saturdays.", ben.find("#note").getAttribute("value"));
            assertTrue(ben.find("#history").getText().contains("desk-ana"), "the other review is shown");
            ben.assertAccessible("quotation-conflict");
            ben.screenshot("quotation-conflict");
        }
        given().auth().preemptive().basic("desk-ben", PASSWORD).when().get("/api/v1/quotations/" + id)
                .then().body("status", equalTo("VERIFIED"));
        given().auth().preemptive().basic("desk-ben", PASSWORD).when().get("/api/v1/quotations/" + id + "/reviews")
                .then().body("$", hasSize(1));
    }

    @Test
    void addingAnArticleShowsItsQuotationsAndEscapesEverythingTheUserSupplied() throws Exception {
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("desk-ana", PASSWORD).go("/articles/new");
            b.assertAccessible("add-article");
            b.screenshot("add-article");

            b.type("#title", "<img src=x onerror=window.__xss=1> Ferry news");
            b.submit("form[action='/articles'] button[type=submit]");
            assertTrue(b.find("#body-error").getText().contains("Paste"), "empty article is refused inline");
            assertEquals("<img src=x onerror=window.__xss=1> Ferry news", b.find("#title").getAttribute("value"));
            b.assertAccessible("add-article-invalid");

            b.type("#body", "<script>window.__xss = 1</script>\n\n"
                    + "“The <b>ferry</b> runs again on Monday,” harbour master Ivo Renn said.");
            b.type("#publisher", "Coast <i>Post</i>");
            b.submit("form[action='/articles'] button[type=submit]");
            assertTrue(b.path().startsWith("/articles/"), b.path());
            assertTrue(b.text().contains("1 quotation extracted"), b.text());
            assertTrue(b.find("#quotations").getText().contains("The <b>ferry</b> runs again on Monday,"));
            assertTrue(b.find("h1").getText().contains("<img src=x"), "the title is shown as text");
            assertTrue(b.all("#quotations b").isEmpty() && b.all("h1 img").isEmpty(), "no markup was injected");
            assertNull(b.js("return window.__xss === undefined ? null : window.__xss;"), "no script ran");
            b.find("details summary").click();
            assertTrue(b.find("#article-text").getText().contains("<script>window.__xss = 1</script>"));
            b.assertAccessible("article");
            b.screenshot("article");

            b.submit("#quotations a");
            assertTrue(b.find("#excerpt").getText().contains("<b>ferry</b>"));
            assertNull(b.js("return window.__xss === undefined ? null : window.__xss;"));
        }
    }

    @Test
    void speakerPagesListSpeakersAndTheirQuotations() throws Exception {
        article("Orchard harvest in Lunde", """
                “The apple harvest doubled this autumn,” farmer Sigrid Holm said.""");
        try (Browser b = Browser.open(base.toString())) {
            b.signIn("desk-ana", PASSWORD).go("/speakers");
            b.assertAccessible("speakers");
            b.screenshot("speakers");
            b.submit("a[href^='/speakers/']:not([href='/speakers/'])");
            assertTrue(b.path().startsWith("/speakers/"), b.path());
            assertFalse(b.all("#speaker-type .badge.speaker-type").isEmpty(), "the speaker page shows the type");
            b.assertAccessible("speaker");
            b.screenshot("speaker");
            // most quoted first: other tests' speakers may fill the first pages
            boolean listed = false;
            for (int p = 0; p < 100 && !listed; p++) {
                b.go("/speakers?page=" + p);
                listed = b.text().contains("Sigrid Holm");
            }
            assertTrue(listed, "Sigrid Holm is on one of the speaker pages");
        }
    }
}
