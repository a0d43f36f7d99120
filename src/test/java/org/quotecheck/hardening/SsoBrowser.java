package org.quotecheck.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser just good enough for the authorization code flow: it keeps the service's cookies,
 * follows the flow's redirects one by one (so each step can be checked) and fills in the WireMock
 * provider's login form (its {@code /login} answers the redirect back with a code).
 */
final class SsoBrowser {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The page the flow ends on, and the service's cookies the browser then holds. */
    record Result(Http.Answer page, String deskCookies) {
    }

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private SsoBrowser() {
    }

    static Result signIn() {
        SsoBrowser browser = new SsoBrowser();
        Http.Answer start = browser.get(URI.create(Http.base() + "/sso/login"));
        check(start, 302, "the code flow starts with a redirect to the provider");
        URI authorize = URI.create(start.header("Location"));
        Map<String, String> query = query(authorize);
        check(browser.get(authorize), 200, "the provider's login page");
        URI login = authorize.resolve("/login?state=" + Http.enc(query.get("state")) + "&redirect_uri="
                + Http.enc(query.get("redirect_uri")));
        Http.Answer back = browser.get(login);
        check(back, 302, "the provider sends the browser back with a code");
        Http.Answer callback = browser.get(URI.create(back.header("Location")));
        check(callback, 302, "the service exchanges the code and drops it from the address");
        Http.Answer page = browser.get(URI.create(Http.base()).resolve(callback.header("Location")));
        return new Result(page, browser.cookieHeader());
    }

    private static void check(Http.Answer a, int status, String step) {
        if (a.status() != status) {
            throw new AssertionError(step + ": " + a.status() + " " + a.headers() + " " + a.body());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    /** A GET; the service's cookies go only to the service, never to the provider. */
    private Http.Answer get(URI uri) {
        boolean service = uri.getPort() == URI.create(Http.base()).getPort();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        if (service && !cookies.isEmpty()) {
            b.header("Cookie", cookieHeader());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Http.Answer a = new Http.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.body(), r.headers().map());
            if (service) {
                a.all("Set-Cookie").forEach(this::store);
            }
            return a;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(uri.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void store(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        boolean expired = value.isEmpty() || List.of(setCookie.toLowerCase(java.util.Locale.ROOT).split(";")).stream()
                .map(String::strip).anyMatch(attr -> attr.equals("max-age=0"));
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
