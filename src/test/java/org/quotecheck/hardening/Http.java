package org.quotecheck.hardening;

import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A raw HTTP client for the hardening tests: it sends exactly the bytes, paths and headers a test
 * gives (REST Assured would re-encode them), keeps no cookies and never follows redirects.
 */
final class Http {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Http() {
    }

    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }
    }

    static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request; {@code headers} alternate name, value. A null body sends none. */
    static Answer send(String method, String pathAndQuery, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                b.header(headers[i], headers[i + 1]);
            }
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return execute(b.build());
    }

    /** Sends the body without a Content-Length (chunked). */
    static Answer sendChunked(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        return execute(b.build());
    }

    private static Answer execute(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    new String(r.body(), StandardCharsets.UTF_8), r.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A signed-in desk session: its cookies and a CSRF token for its forms. */
    record Desk(String cookies, String csrf) {

        static Desk signIn(String user, String password) {
            Answer login = send("POST", "/j_security_check",
                    utf8("j_username=" + enc(user) + "&j_password=" + enc(password)),
                    "Content-Type", "application/x-www-form-urlencoded");
            String session = cookie(login, "quarkus-credential");
            if (session == null) {
                throw new IllegalStateException("sign-in as " + user + " failed: " + login.status());
            }
            return of("quarkus-credential=" + session + "; qc-session=" + cookie(login, "qc-session"));
        }

        /** The desk session these sign-in cookies make (after a form or single sign-on), with its CSRF token. */
        static Desk of(String cookies) {
            Answer page = send("GET", "/articles/new", null, "Cookie", cookies);
            String csrfCookie = cookie(page, "qc-csrf");
            Matcher m = CSRF_FIELD.matcher(page.body());
            String token = m.find() ? m.group(1) : null;
            return new Desk(cookies + (csrfCookie == null ? "" : "; qc-csrf=" + csrfCookie), token);
        }

        /** A form post with this session and its CSRF token; {@code fields} are already URL-encoded. */
        Answer form(String path, Map<String, String> encodedFields) {
            StringBuilder body = new StringBuilder("csrf-token=").append(enc(csrf));
            encodedFields.forEach((k, v) -> body.append('&').append(k).append('=').append(v));
            return send("POST", path, utf8(body.toString()), "Content-Type", "application/x-www-form-urlencoded",
                    "Cookie", cookies);
        }

        Answer get(String path) {
            return send("GET", path, null, "Cookie", cookies);
        }
    }

    /** A fresh article with one attributed quotation, stored through the API as {@code basic}. */
    record Stored(long article, long quotation, long speaker) {

        static Stored article(String basic) {
            Answer ingest = send("POST", "/api/v1/articles", utf8("{\"text\":\"“We will rebuild it "
                    + java.util.UUID.randomUUID() + ",” said Mayor Jane Porter.\"}"), "Content-Type", "application/json",
                    "Authorization", basic);
            if (ingest.status() != 201) {
                throw new IllegalStateException("ingest failed: " + ingest.status() + " " + ingest.body());
            }
            long article = Long.parseLong(ingest.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            String q = send("GET", "/api/v1/quotations?articleId=" + article, null, "Authorization", basic).body();
            return new Stored(article, Long.parseLong(q.replaceAll("(?s)^\\{\"items\":\\[\\{\"id\":(\\d+).*", "$1")),
                    Long.parseLong(q.replaceAll("(?s).*?\"speaker\":\\{\"id\":(\\d+).*", "$1")));
        }
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String cookie(Answer a, String name) {
        for (String set : a.all("Set-Cookie")) {
            if (set.startsWith(name + "=")) {
                String v = set.substring(name.length() + 1);
                int semi = v.indexOf(';');
                v = semi < 0 ? v : v.substring(0, semi);
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
