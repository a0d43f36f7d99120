package org.quotecheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.fetch.NewsFixtureServer;

/** Reading RSS 2.0, RSS 1.0 and Atom, and refusing what is not a feed or tries to make the parser reach out. */
class FeedDocumentTest {

    static final NewsFixtureServer news = NewsFixtureServer.shared();
    static final URI FEED_URL = URI.create(news.url("/feeds/city.xml"));

    private static FeedDocument parse(String xml) throws FeedDocument.FormatException {
        return FeedDocument.parse(xml.getBytes(StandardCharsets.UTF_8), FEED_URL, 500);
    }

    @Test
    void rss2ItemsGiveLinkGuidTitleAndDateAndTheChannelTitleIsTheFeeds() throws Exception {
        FeedDocument doc = parse(FeedFixtures.text("rss2.xml", "t1"));
        assertEquals("RSS", doc.kind());
        assertEquals("Harbor Times: City", doc.title(), "the image's title is not the feed's");
        assertEquals(3, doc.items().size());
        FeedDocument.Item first = doc.items().get(0);
        assertEquals("harbor-t1-a", first.key(), "a guid identifies the item");
        assertEquals(news.url("/gen/t1-a"), first.link(), "isPermaLink=false: the link is the page");
        assertEquals("Bridge repairs t1-a", first.title());
        assertEquals(Instant.parse("2024-03-05T10:00:00Z"), first.published());
        FeedDocument.Item second = doc.items().get(1);
        assertEquals(news.url("/gen/t1-b"), second.link(), "a relative link resolves against the feed's URL");
        assertEquals(second.link(), second.key(), "without a guid the link identifies the item");
        assertEquals(Instant.parse("2024-03-06T14:30:00Z"), second.published(), "RFC 822 with a two-digit year and EST");
        FeedDocument.Item third = doc.items().get(2);
        assertEquals(news.url("/gone"), third.link(), "a permalink guid stands in for a missing link");
        assertNull(third.published());
    }

    @Test
    void atomEntriesTakeTheAlternateLinkTheIdAndThePublishedDate() throws Exception {
        FeedDocument doc = parse(FeedFixtures.text("atom.xml", "t2"));
        assertEquals("Atom", doc.kind());
        assertEquals("Gulf Herald", doc.title());
        FeedDocument.Item entry = doc.items().get(0);
        assertEquals("tag:gulfherald.example,2024:t2", entry.key());
        assertEquals(news.url("/gen/t2-atom"), entry.link(), "rel=alternate, not rel=self");
        assertEquals("Harbour dredging t2", entry.title(), "an xhtml title as its text");
        assertEquals(Instant.parse("2024-06-12T06:00:00Z"), entry.published(), "published wins over updated");
        FeedDocument.Item noLink = doc.items().get(1);
        assertNull(noLink.link());
        assertEquals(Instant.parse("2024-06-13T09:00:00Z"), noLink.published(), "updated when nothing else");
    }

    @Test
    void rss1ItemsAreSiblingsOfTheChannelAndUseDublinCoreDates() throws Exception {
        FeedDocument doc = parse(FeedFixtures.text("rss1.xml", "t3"));
        assertEquals("RSS 1.0", doc.kind());
        assertEquals("Valley Ledger", doc.title());
        assertEquals(1, doc.items().size());
        assertEquals(news.url("/gen/t3-rdf"), doc.items().get(0).key(), "rdf:about identifies the item");
        assertEquals(Instant.parse("2024-02-01T12:15:00Z"), doc.items().get(0).published());
    }

    @Test
    void onlyTheFirstItemsUpToTheLimitAreRead() throws Exception {
        StringBuilder xml = new StringBuilder("<rss><channel><title>Many</title>");
        for (int i = 0; i < 30; i++) {
            xml.append("<item><link>https://news.example/").append(i).append("</link></item>");
        }
        FeedDocument doc = FeedDocument.parse(xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8),
                FEED_URL, 10);
        assertEquals(10, doc.items().size());
        assertEquals("https://news.example/9", doc.items().get(9).link());
    }

    @Test
    void whatIsNotAFeedIsRefusedWithAReason() {
        for (String[] c : List.of(new String[] {"", "empty"},
                new String[] {FeedFixtures.text("garbage.xml", "x"), "not well-formed XML (line"},
                new String[] {"this is not xml at all", "not well-formed XML"},
                new String[] {"<html><body><p>a page</p></body></html>", "root element is <html>"},
                new String[] {"<feed><title>no namespace</title></feed>", "Atom namespace"},
                new String[] {"<?xml version=\"1.0\"?>", "not well-formed XML"})) {
            FeedDocument.FormatException e = assertThrows(FeedDocument.FormatException.class, () -> parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void aFileEntityIsNeverExpandedAndItsContentAppearsNowhere() throws Exception {
        Path secret = Files.createTempFile("feed-secret", ".txt");
        String content = "TOP-SECRET-" + System.nanoTime();
        Files.writeString(secret, content);
        String xml = FeedFixtures.text("xxe-file.xml", "t4").replace("{secretFile}", secret.toAbsolutePath().toString());
        FeedDocument.FormatException e = assertThrows(FeedDocument.FormatException.class, () -> parse(xml));
        assertTrue(e.getMessage().contains("\"secret\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains(content), e.getMessage());
        Files.delete(secret);
    }

    @Test
    void noExternalDtdParameterEntityOrEntityIsFetched() {
        int before = news.hits("/evil.dtd") + news.hits("/xxe-parameter") + news.hits("/xxe-entity");
        FeedDocument.FormatException e = assertThrows(FeedDocument.FormatException.class,
                () -> parse(FeedFixtures.text("xxe-http.xml", "t5")));
        assertTrue(e.getMessage().contains("external"), e.getMessage());
        assertEquals(before, news.hits("/evil.dtd") + news.hits("/xxe-parameter") + news.hits("/xxe-entity"),
                "the parser asked the fixture for a DTD or an entity");
        // a DOCTYPE alone (no entity used) is skipped unread: the feed is still readable
        assertTrue(assertDoesNotThrow("<!DOCTYPE rss SYSTEM \"" + news.url("/evil.dtd") + "\"><rss><channel>"
                + "<title>Old style</title></channel></rss>").title().equals("Old style"));
        assertEquals(before, news.hits("/evil.dtd") + news.hits("/xxe-parameter") + news.hits("/xxe-entity"));
    }

    private static FeedDocument assertDoesNotThrow(String xml) {
        try {
            return parse(xml);
        } catch (FeedDocument.FormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void billionLaughsIsAnErrorNotAnExpansion() {
        long start = System.nanoTime();
        FeedDocument.FormatException e = assertThrows(FeedDocument.FormatException.class,
                () -> parse(FeedFixtures.text("laughs.xml", "t6")));
        assertTrue(e.getMessage().contains("\"lol9\" was referenced, but not declared"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    }

    @Test
    void feedDatesInTheirUsualFormsAndNothingForTheRest() {
        assertEquals(Instant.parse("2024-03-05T10:00:00Z"), FeedDates.parse("Tue, 05 Mar 2024 10:00:00 GMT"));
        assertEquals(Instant.parse("2024-03-05T10:00:00Z"), FeedDates.parse("5 Mar 2024 11:00:00 +0100"));
        assertEquals(Instant.parse("2024-03-05T17:00:00Z"), FeedDates.parse("Tue, 05 Mar 2024 10:00 PDT"));
        assertEquals(Instant.parse("2024-03-05T10:00:00Z"), FeedDates.parse("2024-03-05T11:00:00+01:00"));
        assertEquals(Instant.parse("2024-03-05T00:00:00Z"), FeedDates.parse("2024-03-05"));
        for (String bad : new String[] {null, "", "yesterday", "Tue, 35 Mar 2024 10:00:00 GMT", "+999999999-01-01",
                "x".repeat(500)}) {
            assertNull(FeedDates.parse(bad), bad);
        }
    }

    @Test
    void backoffDoublesPerFailureUpToTheCapAndNeverBelowTheInterval() {
        long day = 86_400;
        assertEquals(3600, FeedPoller.backoffSeconds(60, 0, day));
        assertEquals(7200, FeedPoller.backoffSeconds(60, 1, day));
        assertEquals(14_400, FeedPoller.backoffSeconds(60, 2, day));
        assertEquals(day, FeedPoller.backoffSeconds(60, 5, day), "16 h doubled is past the 24 h cap");
        assertEquals(day, FeedPoller.backoffSeconds(60, 500, day), "no overflow");
        assertEquals(2 * day, FeedPoller.backoffSeconds(2880, 3, day), "an interval longer than the cap stays");
    }
}
