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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that plays the news sites and the misbehaving servers of the tests:
 * the pages under {@code src/test/resources/news/} at {@code /news/NAME} (and again at
 * {@code /mirror/NAME}, the same page under another URL), redirects, a redirect loop, a 50 MB
 * page, a page that never finishes, non-HTML types and error statuses.
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
        try (ex) {
            if (path.startsWith("/news/") || path.startsWith("/mirror/")) {
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
