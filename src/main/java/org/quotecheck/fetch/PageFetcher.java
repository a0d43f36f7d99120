package org.quotecheck.fetch;

import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.quotecheck.fetch.FetchException.Reason;
import org.quotecheck.support.Inputs;

/**
 * Fetches one HTML page for ingest, defensively: http and https only; every hop's host resolved
 * and checked by {@link AddressGuard} and then connected to at <em>that</em> address (the
 * connection is pinned to the checked IP, so a DNS answer that changes between the check and the
 * connection cannot reach an internal host); redirects followed by hand up to a limit; connect,
 * read (silence) and total timeouts; a size cap on the decoded body; only {@code text/html} and
 * {@code application/xhtml+xml} for pages, the XML types of RSS and Atom for feeds. Blocking: call it from a worker thread, never an event loop.
 */
@ApplicationScoped
public class PageFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/xml", "text/xml", "application/x-rss+xml");

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HttpClient client;

    PageFetcher(Vertx vertx, FetchConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowedAddresses().orElse(List.of()));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(32)
                .setKeepAlive(false)
                .setTryUseCompression(true)
                .setVerifyHost(true)
                .setForceSni(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * The page at {@code url} (an absolute http or https URL).
     *
     * @throws FetchException for each way the page cannot be had
     * @throws org.quotecheck.support.InvalidInputException when {@code url} is not an http(s) URL
     */
    public FetchedPage fetch(String url) {
        Answer a = get(url, new Want("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", HTML_TYPES, Reason.NOT_HTML,
                "an HTML page", config.maxBytes(), null, null));
        return new FetchedPage(a.uri, a.exchange.body, charset(a.exchange.headers.get(HttpHeaders.CONTENT_TYPE)));
    }

    /**
     * An RSS or Atom document, with the same guards as a page but its own size cap and XML types
     * only; a conditional GET when {@code etag} or {@code lastModified} (the validators of the last
     * poll) are given, answered by a {@link FetchedFeed#notModified()} result on 304.
     */
    public FetchedFeed fetchFeed(String url, String etag, String lastModified, long maxBytes) {
        Answer a = get(url, new Want("application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
                + "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1", FEED_TYPES, Reason.NOT_FEED, "an RSS or Atom feed",
                maxBytes, FetchedFeed.validator(etag), FetchedFeed.validator(lastModified)));
        MultiMap h = a.exchange.headers;
        String newEtag = FetchedFeed.validator(h.get(HttpHeaders.ETAG));
        String newModified = FetchedFeed.validator(h.get(HttpHeaders.LAST_MODIFIED));
        if (a.exchange.status == 304) {
            return new FetchedFeed(a.uri, true, null, newEtag == null ? etag : newEtag,
                    newModified == null ? lastModified : newModified);
        }
        return new FetchedFeed(a.uri, false, a.exchange.body, newEtag, newModified);
    }

    /**
     * Checks without fetching that {@code url} is an http(s) URL whose host resolves to addresses
     * that may be fetched (for registering a feed); returns it.
     */
    public String checkTarget(String url) {
        URI uri = toUri(Inputs.httpUrl("url", url, 2048));
        resolve(uri);
        return uri.toString();
    }

    /** What a fetch accepts: types, size, and the validators of a conditional GET. */
    private record Want(String accept, Set<String> types, Reason wrongType, String noun, long maxBytes, String etag,
            String lastModified) {
        boolean conditional() {
            return etag != null || lastModified != null;
        }
    }

    private record Answer(URI uri, Exchange exchange) {
    }

    private Answer get(String url, Want want) {
        URI uri = toUri(Inputs.httpUrl("url", url, 2048));
        long deadline = System.nanoTime() + config.totalTimeout().toNanos();
        for (int redirects = 0; ; redirects++) {
            InetAddress address = resolve(uri);
            Exchange exchange = exchange(uri, address, deadline, want);
            if (REDIRECTS.contains(exchange.status)) {
                String location = exchange.headers.get(HttpHeaders.LOCATION);
                if (location == null || location.isBlank()) {
                    throw new FetchException(Reason.HTTP_STATUS, uri + " answered " + exchange.status
                            + " (a redirect) without a Location.");
                }
                if (redirects >= config.maxRedirects()) {
                    throw new FetchException(Reason.TOO_MANY_REDIRECTS, uri + " redirected more than "
                            + config.maxRedirects() + " times.");
                }
                uri = redirectTarget(uri, location);
                continue;
            }
            if (exchange.status == 304 && want.conditional()) {
                return new Answer(uri, exchange);
            }
            if (exchange.status < 200 || exchange.status > 299) {
                throw new FetchException(Reason.HTTP_STATUS, uri + " answered HTTP " + exchange.status + ".");
            }
            return new Answer(uri, exchange);
        }
    }

    private static URI toUri(String url) {
        try {
            URI uri = new URI(url);
            // "http://host" has no path; ask for "/" as a browser does
            return uri.getRawPath() == null || uri.getRawPath().isEmpty()
                    ? new URI(uri.getScheme(), uri.getRawAuthority(), "/", uri.getRawQuery(), null) : uri;
        } catch (URISyntaxException e) {
            throw org.quotecheck.support.InvalidInputException.of("url", "url is not a valid URL: " + e.getReason() + ".");
        }
    }

    private static URI redirectTarget(URI from, String location) {
        URI target;
        try {
            target = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(Reason.HTTP_STATUS, from + " redirected to an invalid URL.");
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || target.getHost() == null) {
            throw new FetchException(Reason.REFUSED_ADDRESS, from + " redirected to " + target
                    + ", which is not an http(s) URL.");
        }
        return toUri(target.toString());
    }

    /** Every address of the host must be allowed (a host may hide an internal one among public ones). */
    private InetAddress resolve(URI uri) {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(Reason.UNREACHABLE, "The host " + host + " could not be resolved.");
        }
        for (InetAddress a : addresses) {
            String refusal = guard.refusal(a);
            if (refusal != null) {
                throw new FetchException(Reason.REFUSED_ADDRESS, "The host " + host + " resolves to " + refusal
                        + "; quotecheck does not fetch internal addresses.");
            }
        }
        return addresses[0];
    }

    private record Exchange(int status, MultiMap headers, byte[] body) {
    }

    private Exchange exchange(URI uri, InetAddress address, long deadline, Want want) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(path)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.readTimeout().toMillis())
                .setFollowRedirects(false)
                .putHeader(HttpHeaders.USER_AGENT, config.userAgent())
                .putHeader(HttpHeaders.ACCEPT, want.accept());
        if (want.etag() != null) {
            options.putHeader(HttpHeaders.IF_NONE_MATCH, want.etag());
        }
        if (want.lastModified() != null) {
            options.putHeader(HttpHeaders.IF_MODIFIED_SINCE, want.lastModified());
        }
        CompletableFuture<Exchange> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        long max = want.maxBytes();
        // The response callback must be registered on the event loop before the request goes out:
        // registered from this worker thread it would run as a later task, after a small page had
        // already ended, and the body would be lost (the fetch then waited for its total timeout).
        client.request(options).onComplete(rq -> {
            if (rq.failed()) {
                result.completeExceptionally(rq.cause());
                return;
            }
            HttpClientRequest req = rq.result();
            request.set(req);
            req.response().onComplete(ar -> {
                try {
                    onResponse(ar, result, uri, max, want);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e); // never leave the caller waiting for the deadline
                }
            });
            req.end().onFailure(result::completeExceptionally);
        });
        long remaining = deadline - System.nanoTime();
        try {
            return result.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest req = request.get();
            if (req != null) {
                req.reset();
            }
            throw new FetchException(Reason.TIMEOUT, uri + " did not finish sending the page within "
                    + config.totalTimeout().toSeconds() + " s.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.TIMEOUT, "The fetch of " + uri + " was interrupted.");
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private void onResponse(AsyncResult<HttpClientResponse> ar, CompletableFuture<Exchange> result, URI uri,
            long max, Want want) {
        if (ar.failed()) {
            result.completeExceptionally(ar.cause());
            return;
        }
        HttpClientResponse response = ar.result();
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            result.complete(new Exchange(status, response.headers(), null));
            response.request().reset();
            return;
        }
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isOneOf(type, want.types())) {
            result.completeExceptionally(new FetchException(want.wrongType(), uri + " is "
                    + (type == null ? "of no declared type" : "'" + type + "'") + ", not " + want.noun() + "."));
            response.request().reset();
            return;
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
            result.completeExceptionally(tooLarge(uri, max));
            response.request().reset();
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if ((long) body.length() + chunk.length() > max) {
                result.completeExceptionally(tooLarge(uri, max));
                response.request().reset();
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(v -> result.complete(new Exchange(status, response.headers(), body.getBytes())));
    }

    private FetchException failure(URI uri, Throwable cause) {
        if (cause instanceof FetchException fetch) {
            return fetch;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof TimeoutException || name.contains("Timeout") || message.contains("timeout")
                    || message.contains("timed out")) {
                return new FetchException(Reason.TIMEOUT, uri + " did not answer in time (connect "
                        + config.connectTimeout().toSeconds() + " s, silence " + config.readTimeout().toSeconds() + " s).");
            }
            if (t instanceof ConnectException) {
                return new FetchException(Reason.UNREACHABLE, uri + " could not be reached (connection refused).");
            }
        }
        return new FetchException(Reason.UNREACHABLE, uri + " could not be fetched: the connection failed"
                + (cause instanceof javax.net.ssl.SSLException ? " (TLS error)" : "") + ".");
    }

    private static FetchException tooLarge(URI uri, long max) {
        return new FetchException(Reason.TOO_LARGE, uri + " is larger than " + max + " bytes.");
    }

    static boolean isHtml(String contentType) {
        return isOneOf(contentType, HTML_TYPES);
    }

    static boolean isOneOf(String contentType, Set<String> types) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String mime = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return types.contains(mime);
    }

    /** The charset the Content-Type names, when the JDK knows it; else null (the page decides). */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    return Charset.isSupported(name) ? name : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
