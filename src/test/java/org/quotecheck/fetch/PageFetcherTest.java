package org.quotecheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotecheck.fetch.FetchException.Reason;
import org.quotecheck.support.InvalidInputException;

/** The fetcher against the loopback fixture server: each rule with a page that keeps it and one that breaks it. */
class PageFetcherTest {

    /** A configuration as in application.properties, with short limits so that the bad cases end quickly. */
    record Config(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, long maxBytes, int maxRedirects,
            Optional<List<String>> allowedAddresses, String userAgent) implements FetchConfig {

        static Config allowing(List<String> blocks) {
            return new Config(Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(6), 1024 * 1024, 3,
                    Optional.of(blocks), "quotecheck-test");
        }
    }

    static NewsFixtureServer server;
    static Vertx vertx;
    static PageFetcher fetcher;

    @BeforeAll
    static void start() {
        server = new NewsFixtureServer();
        vertx = Vertx.vertx();
        fetcher = new PageFetcher(vertx, Config.allowing(List.of("127.0.0.1/32")));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        vertx.close();
        server.close();
    }

    private static Reason reason(String url) {
        return assertThrows(FetchException.class, () -> fetcher.fetch(url)).reason();
    }

    @Test
    void fetchesAnHtmlPage() {
        FetchedPage page = fetcher.fetch(server.url("/news/article-tag.html"));
        assertEquals(server.url("/news/article-tag.html"), page.url().toString());
        assertTrue(page.document().select("h1").text().contains("Council approves bridge repairs"));
    }

    @Test
    void decodesThePageInTheCharsetItsContentTypeNames() {
        FetchedPage page = fetcher.fetch(server.url("/news/windows-1252.html"));
        assertEquals("“We cannot pay this,” said Renée Dubois, who runs a café on the square.",
                page.document().select("p").text());
    }

    @Test
    void followsRedirectsUpToTheLimitAndReportsTheFinalUrl() {
        FetchedPage page = fetcher.fetch(server.url("/hop/2"));
        assertEquals(server.url("/news/open-graph.html"), page.url().toString());
        assertEquals(Reason.TOO_MANY_REDIRECTS, reason(server.url("/hop/3")), "four redirects with a limit of three");
        assertEquals(Reason.TOO_MANY_REDIRECTS, reason(server.url("/loop")));
    }

    @Test
    void refusesAPageLargerThanTheCapWhetherAnnouncedOrNot() {
        assertEquals(Reason.TOO_LARGE, reason(server.url("/big")));
        assertEquals(Reason.TOO_LARGE, reason(server.url("/big-declared")));
    }

    @Test
    void givesUpOnAPageThatNeverFinishes() {
        long start = System.nanoTime();
        assertEquals(Reason.TIMEOUT, reason(server.url("/slow")));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "stopped by the total timeout");
    }

    @Test
    void acceptsOnlyHtml() {
        assertEquals(Reason.NOT_HTML, reason(server.url("/pdf")));
        assertEquals(Reason.NOT_HTML, reason(server.url("/json")));
        assertEquals(Reason.NOT_HTML, reason(server.url("/untyped")));
    }

    @Test
    void reportsErrorStatuses() {
        assertEquals(Reason.HTTP_STATUS, reason(server.url("/gone")));
        assertEquals(Reason.HTTP_STATUS, reason(server.url("/error")));
        assertEquals(Reason.HTTP_STATUS, reason(server.url("/news/no-such-page.html")));
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/a.html", "gopher://example.com/",
                "javascript:alert(1)", "/relative/path")) {
            assertThrows(InvalidInputException.class, () -> fetcher.fetch(url), url);
        }
        assertEquals(Reason.REFUSED_ADDRESS, reason(server.url("/to-file")), "nor through a redirect");
    }

    @Test
    void theDefaultConfigurationRefusesTheLoopbackFixture() {
        PageFetcher defaults = new PageFetcher(vertx, Config.allowing(List.of()));
        try {
            int before = server.requests.get();
            FetchException e = assertThrows(FetchException.class, () -> defaults.fetch(server.url("/news/article-tag.html")));
            assertEquals(Reason.REFUSED_ADDRESS, e.reason());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
            assertEquals(before, server.requests.get(), "refused before any connection");
            assertEquals(Reason.REFUSED_ADDRESS, assertThrows(FetchException.class,
                    () -> defaults.fetch("http://localhost:" + server.port() + "/news/article-tag.html")).reason());
            assertEquals(Reason.REFUSED_ADDRESS, assertThrows(FetchException.class,
                    () -> defaults.fetch("http://[::ffff:127.0.0.1]:" + server.port() + "/")).reason());
        } finally {
            defaults.close();
        }
    }

    @Test
    void anAllowedLoopbackDoesNotOpenPrivateOrMetadataAddressesReachedByRedirect() {
        assertEquals(Reason.REFUSED_ADDRESS, reason(server.url("/to-private")));
        assertEquals(Reason.REFUSED_ADDRESS, reason(server.url("/to-metadata")));
        assertEquals(Reason.REFUSED_ADDRESS, reason("http://169.254.169.254/latest/meta-data/"));
    }

    @Test
    void reportsUnreachableHosts() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        assertEquals(Reason.UNREACHABLE, reason("http://127.0.0.1:" + closedPort + "/"));
        assertEquals(Reason.UNREACHABLE, reason("http://no-such-host.invalid/"));
    }
}
