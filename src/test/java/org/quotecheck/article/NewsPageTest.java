package org.quotecheck.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Main text and metadata of the fixture pages, one real-world layout each. */
class NewsPageTest {

    static NewsPage page(String name) throws IOException {
        try (InputStream in = NewsPageTest.class.getResourceAsStream("/news/" + name)) {
            return NewsPage.of(Jsoup.parse(in, null, "https://fixture.example/news/" + name));
        }
    }

    private static void assertHasNone(String text, String... furniture) {
        for (String f : furniture) {
            assertFalse(text.contains(f), "'" + f + "' is page furniture, not article text:\n" + text);
        }
    }

    @Test
    void articleTagLayout() throws IOException {
        NewsPage p = page("article-tag.html");
        assertTrue(p.text().startsWith("Council approves bridge repairs"), p.text());
        assertTrue(p.text().contains("“We will rebuild the bridge, and we will do it before the winter,” said Jane Porter, the mayor."));
        assertTrue(p.text().contains("Work is expected to begin in June"));
        assertHasNone(p.text(), "Sports", "Advertisement", "Share on Facebook", "Flood damage tops", "Copyright",
                "Privacy policy", "dataLayer");
        assertEquals("Council approves bridge repairs | Valley Courier", p.title(), "the <title> when nothing better");
        assertEquals("Maria Lopez", p.author());
        assertEquals("https://valleycourier.example/2024/03/05/bridge-repairs", p.canonicalUrl());
        assertEquals("2024-03-05T14:30:00Z", p.publishedAt(), "from the article's <time datetime>");
        assertNull(p.publisher());
    }

    @Test
    void jsonLdNewsArticleLayout() throws IOException {
        NewsPage p = page("json-ld.html");
        assertTrue(p.text().startsWith("Nurses at St. Mary's Hospital returned to work"), p.text());
        assertTrue(p.text().contains("“This agreement puts patients first,” said Linda Ortiz"));
        assertTrue(p.text().contains("called the deal “fair to everyone.”"));
        assertHasNone(p.text(), "Subscribe", "Most read", "Ferry fares", "Log in");
        assertEquals("Nurses end three-day strike at St. Mary's", p.title(), "JSON-LD headline over <title>");
        assertEquals("Harbor Times", p.publisher());
        assertEquals("Ann Chen, Raj Patel", p.author());
        assertEquals("2024-06-12T12:05:00Z", p.publishedAt());
        assertEquals("https://harbortimes.example/health/nurses-strike-ends", p.canonicalUrl(), "mainEntityOfPage @id");
    }

    @Test
    void openGraphOnlyLayout() throws IOException {
        NewsPage p = page("open-graph.html");
        assertEquals("Farmers across the county say a dry summer will cut the wheat harvest by a third.\n\n"
                + "“I have not seen fields this dry in forty years,” said Henry Olsen, who farms 800 acres near Millbrook.\n\n"
                + "The state agriculture department said it would decide on drought aid next month.", p.text());
        assertEquals("Farmers warn of poor harvest", p.title());
        assertEquals("Prairie Daily", p.publisher());
        assertEquals("https://prairiedaily.example/farm/harvest-warning", p.canonicalUrl());
        assertEquals("2024-08-20T07:00:00Z", p.publishedAt());
        assertNull(p.author(), "an author given only as a profile URL is no name");
    }

    @Test
    void commentsAndSidebarAreLeftOut() throws IOException {
        NewsPage p = page("comments-sidebar.html");
        assertTrue(p.text().contains("“We owe parents a plan that actually works,” board chair Dana Kim said"), p.text());
        assertHasNone(p.text(), "Typical board", "sleep in", "42 comments", "Best pizza", "refinance", "Sign up",
                "Schools");
        assertEquals("2024-09-02", p.publishedAt());
        assertEquals("Chris Doe", p.author());
    }

    @Test
    void aPageWithoutSemanticMarkupGivesItsDensestParagraphs() throws IOException {
        NewsPage p = page("divs-only.html");
        assertTrue(p.text().startsWith("The port commission approved"), p.text());
        assertTrue(p.text().endsWith("Environmental groups said they would appeal the decision."), p.text());
        assertHasNone(p.text(), "Stock tables", "Gulf Herald", "Business");
    }

    @Test
    void aScriptRenderedPageHasNoText() throws IOException {
        assertEquals("", page("no-text.html").text());
    }

    @Test
    void jsonLdArticleBodyStandsInForAScriptRenderedPage() {
        NewsPage p = NewsPage.of(Jsoup.parse("<html><head><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"headline\": \"H\", \"articleBody\": \"“Yes,” said Ann Lee. The rest follows.\"}"
                + "</script></head><body><div id=\"app\"></div></body></html>", "https://x.example/a"));
        assertEquals("“Yes,” said Ann Lee. The rest follows.", p.text());
        assertEquals("H", p.title());
    }

    @Test
    void unreadableMetadataIsLeftOutNotAnError() {
        NewsPage p = NewsPage.of(Jsoup.parse("<html><head>"
                + "<meta property=\"article:published_time\" content=\"last Tuesday\">"
                + "<link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<script type=\"application/ld+json\">[[[[[[[[[[[[{\"@type\": \"NewsArticle\"}]]]]]]]]]]]]</script>"
                + "</head><body><p>Text.</p></body></html>", "https://x.example/a"));
        assertNull(p.publishedAt());
        assertNull(p.canonicalUrl());
        assertEquals("Text.", p.text());
    }

    @Test
    void readsTheDateFormsPagesUse() {
        assertEquals("2024-03-05T09:30:00Z", NewsPage.date("2024-03-05T10:30:00+01:00"));
        assertEquals("2024-03-05T09:30:00Z", NewsPage.date("2024-03-05T10:30:00+0100"));
        assertEquals("2024-03-05T10:30:00Z", NewsPage.date("2024-03-05T10:30:00"));
        assertEquals("2024-03-05T10:30:00Z", NewsPage.date("Tue, 5 Mar 2024 10:30:00 GMT"));
        assertEquals("2024-03-05", NewsPage.date("2024-03-05"));
        assertNull(NewsPage.date("March 5th"));
    }
}
