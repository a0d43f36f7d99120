package org.quotecheck.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that plays the news sites and the misbehaving servers of the tests:
 * the pages under {@code src/test/resources/news/} at {@code /news/NAME} (and again at
 * {@code /mirror/NAME}, the same page under another URL), redirects, a redirect loop, a 50 MB
 * page, a page that never finishes, non-HTML types and error statuses; feeds a test writes and
 * changes ({@link #feed}), with ETags and 304s; a distinct generated article at every
 * {@code /gen/SLUG}; and a count of requests per path ({@link #hits}), e.g. for the external
 * entities a hostile feed names, which must never be asked for.
 */
public final class NewsFixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "news-fixture");
        t.setDaemon(true);
        return t;
    });
    /** Requests served, by anyone: lets a test see that a known URL was not fetched again. */
    public final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    /**
     * A feed document a test serves at a path of its own and may change between polls. When
     * {@code conditional}, it carries an ETag and a Last-Modified and answers a matching
     * If-None-Match or If-Modified-Since with 304 (counted in {@code notModified}).
     */
    public static final class Feed {
        private volatile byte[] body;
        private volatile String type;
        private volatile String etag;
        private volatile String lastModified;
        private volatile int status = 200;
        private final boolean conditional;
        private int version;
        public final AtomicInteger requests = new AtomicInteger();
        public final AtomicInteger notModified = new AtomicInteger();

        Feed(String type, String body, boolean conditional) {
            this.conditional = conditional;
            set(type, body);
        }

        /** New content (a new ETag and Last-Modified) from the next request on. */
        public synchronized Feed set(String type, String body) {
            this.type = type;
            this.body = body.getBytes(StandardCharsets.UTF_8);
            version++;
            this.etag = "\"v" + version + "-" + Integer.toHexString(body.hashCode()) + "\"";
            this.lastModified = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.ZonedDateTime.of(2024, 3, 5, 10, 0, 0, 0, java.time.ZoneOffset.UTC).plusHours(version));
            return this;
        }

        /** Answers this status (a 5xx: the feed is down) until set back to 200. */
        public Feed status(int status) {
            this.status = status;
            return this;
        }
    }

    /** Serves {@code body} as a feed at {@code path} (replacing what was there). */
    public Feed feed(String path, String type, String body, boolean conditional) {
        Feed f = new Feed(type, body, conditional);
        feeds.put(path, f);
        return f;
    }

    /** Requests for this path so far (any method, any answer). */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    private static NewsFixtureServer shared;

    /** One server for every test of the JVM (its threads are daemons: it ends with the JVM). */
    public static synchronized NewsFixtureServer shared() {
        if (shared == null) {
            shared = new NewsFixtureServer();
        }
        return shared;
    }

    public NewsFixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            Feed feed = feeds.get(path);
            if (feed != null) {
                serveFeed(ex, feed);
            } else if (path.startsWith("/gen/")) {
                // a distinct article per path: its text names the path, so no two share a hash
                String slug = path.substring(5).replaceAll("[^A-Za-z0-9-]", "");
                send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Story " + slug + "</title></head><body>"
                        + "<article><h1>Story " + slug + "</h1><p>“We will rebuild the bridge " + slug
                        + ",” said Mayor Jane Porter on Tuesday.</p><p>The council meets again next week to"
                        + " discuss story " + slug + " and the budget for the repairs.</p></article></body></html>");
            } else if (path.startsWith("/news/") || path.startsWith("/mirror/")) {
                byte[] page = resource(path.substring(path.indexOf('/', 1) + 1));
                if (page == null) {
                    send(ex, 404, "text/html", "<p>not found</p>");
                } else {
                    String type = path.endsWith("windows-1252.html") ? "text/html; charset=windows-1252"
                            : "text/html; charset=utf-8";
                    send(ex, 200, type, page);
                }
            } else if (path.equals("/moved")) {
                redirect(ex, 301, "/news/article-tag.html");
            } else if (path.startsWith("/hop/")) {
                // /hop/3 -> /hop/2 -> /hop/1 -> /hop/0 -> the article
                int n = Integer.parseInt(path.substring(5));
                redirect(ex, 302, n == 0 ? "/news/open-graph.html" : "/hop/" + (n - 1));
            } else if (path.equals("/loop")) {
                redirect(ex, 302, "/loop");
            } else if (path.equals("/to-private")) {
                redirect(ex, 302, "http://10.0.0.1/admin");
            } else if (path.equals("/to-metadata")) {
                redirect(ex, 307, "http://169.254.169.254/latest/meta-data/");
            } else if (path.equals("/to-file")) {
                redirect(ex, 302, "file:///etc/passwd");
            } else if (path.equals("/big")) {
                bigChunked(ex);
            } else if (path.equals("/big-declared")) {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 50L * 1024 * 1024);
                // the client refuses on the announced length; nothing needs to be sent
            } else if (path.equals("/slow")) {
                trickle(ex);
            } else if (path.equals("/pdf")) {
                send(ex, 200, "application/pdf", "%PDF-1.7 not a page");
            } else if (path.equals("/json")) {
                send(ex, 200, "application/json", "{\"text\": \"not a page\"}");
            } else if (path.equals("/untyped")) {
                send(ex, 200, null, "<p>no content type</p>");
            } else if (path.equals("/gone")) {
                send(ex, 410, "text/html", "<p>gone</p>");
            } else if (path.equals("/error")) {
                send(ex, 500, "text/html", "<p>oops</p>");
            } else {
                send(ex, 404, "text/html", "<p>no such page</p>");
            }
        } catch (IOException clientWentAway) {
            // the fetcher hung up on purpose (too large, too slow): expected here
        }
    }

    private static void serveFeed(HttpExchange ex, Feed feed) throws IOException {
        feed.requests.incrementAndGet();
        if (feed.status != 200) {
            send(ex, feed.status, "text/html", "<p>down</p>");
            return;
        }
        if (feed.conditional) {
            String match = ex.getRequestHeaders().getFirst("If-None-Match");
            String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (feed.etag.equals(match) || match == null && feed.lastModified.equals(since)) {
                feed.notModified.incrementAndGet();
                ex.getResponseHeaders().set("ETag", feed.etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", feed.etag);
            ex.getResponseHeaders().set("Last-Modified", feed.lastModified);
        }
        send(ex, 200, feed.type, feed.body);
    }

    private static byte[] resource(String name) throws IOException {
        if (name.contains("/") || name.contains("..")) {
            return null;
        }
        try (InputStream in = NewsFixtureServer.class.getResourceAsStream("/news/" + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    /** 50 MB of paragraphs, chunked (no length announced), until the client hangs up. */
    private static void bigChunked(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = "<p>“Filler,” said Nobody.</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }

    /** A page that sends a little every half second and never finishes (for at most a minute). */
    private static void trickle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        byte[] bit = new byte[16];
        Arrays.fill(bit, (byte) ' ');
        try (OutputStream out = ex.getResponseBody()) {
            out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 120; i++) {
                out.write(bit);
                out.flush();
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
