package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.fields;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus: every endpoint and desk form × a table of hostile values. Each case must be
 * answered below 500, an API error as a problem document, and no answer may leak internals.
 * The cases are generated from the tables below, so a new endpoint or field joins by one line.
 */
@QuarkusTest
class BadInputCorpusTest {

    private static final Logger LOG = Logger.getLogger(BadInputCorpusTest.class);

    /** Hostile JSON values (raw JSON literals) for every field of every JSON body. */
    static final List<String> JSON_VALUES = List.of("null", "\"\"", "\"   \"", "\"a\\u0000b\"", "\"\\ud800\"",
            "\"x\\udc00y\"", "0", "-1", "1", "1.5", "1e999", "99999999999999999999999", "-99999999999999999999",
            "true", "false", "[]", "[null]", "[1]", "[\"admin\",null]", "{}", "{\"a\":1}",
            "\"<script>alert(1)</script>\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"9999-12-31T23:59:59Z\"",
            "\"0000-01-01\"", "\"2021-02-30\"", "\"javascript:alert(1)\"", "\"http://\"",
            "\"" + "x".repeat(100_000) + "\"", "\"<p>a&#0;b</p>\"", "\"<title>a&#0;</title><p>b</p>\"", "\"\u202eevil\"", "\"' OR 1=1 --\"", "\"\\n\\r\\t\"",
            "\"VERIFIED\\u0000\"", "\"%00\"", "\"../../etc/passwd\"");

    /** Whole bodies that are not a usable JSON document. */
    static final List<byte[]> BAD_BODIES = List.of(utf8(""), utf8("null"), utf8("[]"), utf8("42"), utf8("\"s\""),
            utf8("{"), utf8("{\"text\":"), utf8("{\"text\":\"a\"} garbage"), utf8("{\"text\":\"a\"}{}"),
            utf8("{\"text\":\"a\",\"text\":\"b\"}"), new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"',
                    (byte) 0xC0, (byte) 0xAF, '"', '}'},
            new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'},
            new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'},
            utf8("[".repeat(5000) + "]".repeat(5000)), utf8("{\"text\":" + "9".repeat(5000) + "}"),
            utf8("{\"text\":\"a\",}"), utf8("{'text':'a'}"), utf8("{\"text\":\"a\"/*c*/}"));

    /** Content types other than JSON for the JSON endpoints (null: none at all). */
    static final List<String> BAD_TYPES = java.util.Arrays.asList(null, "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
            "application/json; charset=utf-16", "*/*", "garbage");

    /** Hostile path segments and query values, already URL-encoded. */
    static final List<String> URL_VALUES = List.of("a%00b", "%00", "-1", "0", "99999999999999999999", "abc", "1.5",
            "%ff", "%C0%AF", "%ED%A0%80", "1%20", "%2e%2e", "1;x=y", "%EF%BC%91", "%25", "_", "!", "'",
            "x".repeat(3000), "%3Cscript%3E", "1e3",
            // search syntax: websearch and tsquery operators, an unclosed phrase, dates at the edges
            "%22", "-", "or", "%21(%3A*%26%7C%3C-%3E", "%22a%20-b%20or", "%2B999999999-12-31", "0000-01-01",
            "2021-02-30", "9999-12-31T23%3A59%3A59Z");

    record Case(String name, Function<Corpus, Http.Answer> request, boolean api) {
    }

    /** Ids and sessions the cases refer to. */
    record Corpus(long article, long quotation, long speaker, String user, Http.Desk desk, String basic, long token,
            long feed) {
    }

    @Test
    void everyHostileRequestIsAnsweredWithA4xxOrBetterAndApiErrorsAreProblems() {
        Corpus corpus = setUp();
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        int fivexx = 0;
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        for (Case c : cases) {
            Http.Answer a;
            try {
                a = c.request().apply(corpus);
            } catch (RuntimeException e) {
                failures.add(c.name() + ": connection failed: " + e);
                continue;
            }
            byStatus.merge(a.status(), 1, Integer::sum);
            if (a.status() >= 500) {
                fivexx++;
                failures.add(c.name() + ": " + a.status() + " " + abbreviate(a.body()));
            } else if (c.api() && a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
                failures.add(c.name() + ": " + a.status() + " is not a problem document (" + a.contentType() + ") "
                        + abbreviate(a.body()));
            }
            if (a.body().contains("Exception") || a.body().contains("org.quotecheck") || a.body().contains("\tat ")) {
                failures.add(c.name() + ": the answer leaks internals: " + abbreviate(a.body()));
            }
        }
        LOG.infof("bad-input corpus: %d cases, %d answered 5xx, statuses %s", cases.size(), fivexx, byStatus);
        assertTrue(cases.size() >= 600, "the corpus has " + cases.size() + " cases");
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases failed");
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static Corpus setUp() {
        String basic = Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD);
        Http.Stored stored = Http.Stored.article(basic);
        send("POST", "/api/v1/users", utf8("{\"username\":\"corpus-user\",\"password\":\"a-long-password\"}"),
                "Content-Type", "application/json", "Authorization", basic);
        long token = Long.parseLong(send("POST", "/api/v1/tokens", utf8("{\"name\":\"corpus\"}"), "Content-Type",
                "application/json", "Authorization", basic).body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        // a feed nobody can reach (port 1 refuses at once), for the feed routes' hostile inputs
        long feed = Long.parseLong(send("POST", "/api/v1/feeds", utf8("{\"url\":\"http://127.0.0.1:1/corpus-"
                + java.util.UUID.randomUUID() + ".xml\"}"), "Content-Type", "application/json", "Authorization", basic)
                .body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        return new Corpus(stored.article(), stored.quotation(), stored.speaker(), "corpus-user", Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD),
                basic, token, feed);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A JSON endpoint: method, path (with {q}, {a}, {s}, {u} placeholders), a valid body's fields. */
    record JsonEndpoint(String method, String path, Map<String, String> valid) {
        String path(Corpus c) {
            return path.replace("{q}", Long.toString(c.quotation())).replace("{a}", Long.toString(c.article()))
                    .replace("{u}", c.user()).replace("{t}", Long.toString(c.token()))
                    .replace("{f}", Long.toString(c.feed()));
        }

        String body(String field, String value) {
            Map<String, String> m = new LinkedHashMap<>(valid);
            m.put(field, value);
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
            // every case its own article text, so that no case is answered by an earlier identical one
            return sb.append('}').toString().replace("{n}", Integer.toString(COUNTER.incrementAndGet()));
        }
    }

    static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 1_000_000));

    static final List<JsonEndpoint> JSON_ENDPOINTS = List.of(
            new JsonEndpoint("POST", "/api/v1/extractions", Map.of("text", "\"“Hi,” she said.\"")),
            new JsonEndpoint("POST", "/api/v1/articles", ordered("text", "\"“Corpus {n},” she said.\"",
                    "url", "\"https://news.example/a\"", "title", "\"T\"", "publisher", "\"P\"",
                    "publishedAt", "\"2021-03-19\"")),
            new JsonEndpoint("POST", "/api/v1/articles", ordered("html", "\"<p>“Corpus {n},” he said.</p>\"")),
            new JsonEndpoint("POST", "/api/v1/quotations/{q}/reviews", ordered("verdict", "\"MISATTRIBUTED\"",
                    "speakerName", "\"Ann Roe\"", "evidenceUrl", "\"https://video.example/x\"", "note", "\"n\"",
                    "reviewer", "\"admin\"", "version", "999", "speakerType", "\"PERSON\"")),
            new JsonEndpoint("POST", "/api/v1/quotations/{q}/reviews", ordered("verdict", "\"VERIFIED\"",
                    "version", "999", "alsoApplyTo", "[{\"id\":1,\"version\":0}]")),
            new JsonEndpoint("POST", "/api/v1/checks", ordered("text", "\"We will rebuild the old bridge {n}\"",
                    "speaker", "\"Jane Porter\"")),
            new JsonEndpoint("POST", "/api/v1/users", ordered("username", "\"corpus-{n}\"", "password",
                    "\"a-long-password\"", "roles", "[\"reviewer\"]")),
            new JsonEndpoint("PUT", "/api/v1/users/{u}/enabled", Map.of("enabled", "true")),
            // (past the per-account cap the valid cases are refused with a 422 problem: still a 4xx)
            new JsonEndpoint("POST", "/api/v1/tokens", ordered("name", "\"corpus {n}\"", "expiresAt", "\"2999-01-01\"")),
            new JsonEndpoint("POST", "/api/v1/feeds", ordered("url", "\"http://127.0.0.1:1/corpus-{n}.xml\"",
                    "title", "\"T\"", "intervalMinutes", "30")),
            new JsonEndpoint("PATCH", "/api/v1/feeds/{f}", ordered("enabled", "true", "title", "\"T\"",
                    "intervalMinutes", "30")));

    static final List<String> API_PATHS = List.of("GET /api/v1/articles/{x}", "GET /api/v1/quotations/{x}",
            "GET /api/v1/quotations/{x}/reviews", "POST /api/v1/quotations/{x}/reviews", "GET /api/v1/speakers/{x}",
            "PUT /api/v1/users/{x}/enabled", "GET /api/v1/users/{x}", "GET /api/v1/tokens/{x}",
            "DELETE /api/v1/tokens/{x}", "GET /api/v1/clusters/{x}", "GET /api/v1/checks/{x}", "GET /api/v1/feeds/{x}",
            "GET /api/v1/feeds/{x}/items", "PATCH /api/v1/feeds/{x}", "POST /api/v1/feeds/{x}/poll",
            "GET /api/v1/quotations/{x}/claim-review", "GET /api/v1/quotations/{x}/annotation",
            "GET /api/v1/clusters/{x}/claim-review");

    static final List<String> API_QUERIES = List.of("/api/v1/quotations?speaker=", "/api/v1/quotations?status=",
            "/api/v1/quotations?articleId=", "/api/v1/quotations?q=", "/api/v1/quotations?page=",
            "/api/v1/quotations?size=", "/api/v1/quotations?cluster=", "/api/v1/quotations?conflict=",
            "/api/v1/quotations?publisher=", "/api/v1/quotations?publishedFrom=", "/api/v1/quotations?publishedTo=",
            "/api/v1/quotations?publishedFrom=2021-01-01&publishedTo=", "/api/v1/quotations?speaker=x&q=",
            "/api/v1/clusters?conflict=", "/api/v1/clusters?page=", "/api/v1/clusters?size=", "/api/v1/checks?page=",
            "/api/v1/checks?size=", "/api/v1/articles?page=", "/api/v1/articles?size=", "/api/v1/speakers?page=",
            "/api/v1/speakers?size=", "/api/v1/tokens?page=", "/api/v1/tokens?size=", "/api/v1/feeds?page=",
            "/api/v1/feeds?size=",
            "/api/v1/exports/quotations.csv?status=", "/api/v1/exports/quotations.ndjson?cluster=",
            "/api/v1/exports/quotations.ndjson?conflict=", "/api/v1/exports/claim-reviews.ndjson?speaker=",
            "/api/v1/exports/quotations.csv?articleId=", "/api/v1/exports/quotations.ndjson?articleId=0&q=");

    static final List<String> DESK_QUERIES = List.of("/?status=", "/?speaker=", "/?article=", "/?q=", "/?page=",
            "/speakers?page=", "/login?error=", "/tokens?page=", "/tokens?revoked=", "/?conflict=", "/clusters?conflict=",
            "/clusters?page=", "/checks?page=", "/?publisher=", "/?publishedFrom=", "/?publishedTo=", "/?status=ALL&q=",
            "/quotations/1?reviewed=1&applied=1&stale=",
            "/quotations/1?reviewed=1&stale=0&applied=", "/admin/feeds?polled=", "/admin/feeds?registered=",
            "/admin/feeds?polled=1&status=OK&ingested=", "/exports/download?format=",
            "/exports/download?format=csv&articleId=0&status=", "/exports/download?format=ndjson&cluster=");

    static final List<String> DESK_PATHS = List.of("/articles/{x}", "/quotations/{x}", "/speakers/{x}", "/clusters/{x}",
            "/checks/{x}", "/exports/quotations/{x}/annotation", "/exports/quotations/{x}/claim-review",
            "/exports/clusters/{x}/claim-review");

    /** Desk forms whose path itself is hostile (already URL-encoded {x}). */
    static final List<String> DESK_FORM_PATHS = List.of("/tokens/{x}/revoke", "/admin/feeds/{x}/poll",
            "/admin/feeds/{x}/enabled");

    /** Desk form values, already URL-encoded. */
    static final List<String> FORM_VALUES = List.of("", "%20%20", "a%00b", "%ED%A0%80", "%ff", "maybe", "-1",
            "99999999999999999999", "1.5", "true", "%2B999999999-12-31", "-999999999-01-01", "2021-02-30",
            "javascript%3Aalert(1)", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(100_000), "%26%230%3B", "%E2%80%AEevil",
            "VERIFIED%00");

    /** A desk form: path (placeholders as above) and a valid submission's fields. */
    record Form(String path, Map<String, String> valid) {
    }

    static final List<Form> FORMS = List.of(
            new Form("/articles", ordered("format", "text", "body", "%E2%80%9CDesk+{n}%2C%E2%80%9D+she+said.",
                    "title", "T", "url", "https%3A%2F%2Fnews.example%2Fd", "publisher", "P", "publishedAt", "2021-03-19")),
            new Form("/articles", ordered("format", "html", "body",
                    "%3Cp%3E%E2%80%9CDesk+{n}%2C%E2%80%9D+he+said.%3C%2Fp%3E")),
            new Form("/quotations/{q}/review", ordered("verdict", "MISATTRIBUTED", "speakerName", "Ann+Roe",
                    "speakerType", "PERSON", "evidenceUrl", "https%3A%2F%2Fv.example", "note", "n", "version", "999")),
            new Form("/quotations/{q}/review", ordered("verdict", "VERIFIED", "version", "999", "applyToAll", "true",
                    "member", "1%3A0")),
            new Form("/checks", ordered("text", "We+will+rebuild+the+old+bridge+{n}", "speaker", "Jane+Porter")),
            new Form("/quotations/{q}/claim", Map.of()),
            new Form("/admin/users", ordered("username", "corpus-d{n}", "password", "a-long-password", "admin", "true")),
            new Form("/admin/users/{u}/enabled", Map.of("enabled", "true")),
            new Form("/tokens", ordered("name", "corpus+desk+{n}", "expires", "2999-01-01")),
            new Form("/tokens/{t}/revoke", Map.of()),
            new Form("/admin/feeds", ordered("url", "http%3A%2F%2F127.0.0.1%3A1%2Fdesk-{n}.xml", "title", "T",
                    "interval", "30")),
            new Form("/admin/feeds/{f}/enabled", Map.of("enabled", "true")),
            new Form("/admin/feeds/{f}/poll", Map.of()));

    static final List<String> DESK_TYPES = java.util.Arrays.asList(null, "application/json", "text/plain",
            "multipart/form-data; boundary=x", "application/xml");

    private static Map<String, String> ordered(String... kv) {
        return fields(kv);
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (JsonEndpoint e : JSON_ENDPOINTS) {
            for (String field : e.valid().keySet()) {
                for (String value : JSON_VALUES) {
                    cases.add(new Case(e.method() + " " + e.path() + " " + field + "=" + abbreviate(value),
                            c -> send(e.method(), e.path(c), utf8(e.body(field, value)), "Content-Type",
                                    "application/json", "Authorization", c.basic()), true));
                }
            }
            for (byte[] body : BAD_BODIES) {
                cases.add(new Case(e.method() + " " + e.path() + " body " + abbreviate(new String(body,
                        java.nio.charset.StandardCharsets.ISO_8859_1)),
                        c -> send(e.method(), e.path(c), body, "Content-Type", "application/json",
                                "Authorization", c.basic()), true));
            }
            for (String type : BAD_TYPES) {
                cases.add(new Case(e.method() + " " + e.path() + " Content-Type " + type,
                        c -> send(e.method(), e.path(c), utf8(e.body("x", "1").replace(",\"x\":1", "")),
                                "Content-Type", type, "Authorization", c.basic()), true));
            }
        }
        for (String route : API_PATHS) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            for (String value : URL_VALUES) {
                cases.add(new Case(route + " x=" + abbreviate(value), c -> send(method, path.replace("{x}", value),
                        method.equals("GET") ? null : utf8("{\"verdict\":\"VERIFIED\",\"version\":0,\"enabled\":true}"),
                        "Content-Type", "application/json", "Authorization", c.basic()), true));
            }
        }
        for (String query : API_QUERIES) {
            for (String value : URL_VALUES) {
                cases.add(new Case("GET " + query + abbreviate(value),
                        c -> send("GET", query + value, null, "Authorization", c.basic()), true));
            }
        }
        for (String query : DESK_QUERIES) {
            for (String value : URL_VALUES) {
                cases.add(new Case("GET " + query + abbreviate(value), c -> c.desk().get(query + value), false));
            }
        }
        for (String path : DESK_PATHS) {
            for (String value : URL_VALUES) {
                cases.add(new Case("GET " + path + " x=" + abbreviate(value),
                        c -> c.desk().get(path.replace("{x}", value)), false));
            }
        }
        for (String path : DESK_FORM_PATHS) {
            for (String value : URL_VALUES) {
                cases.add(new Case("POST " + path + " x=" + abbreviate(value),
                        c -> c.desk().form(path.replace("{x}", value), fields()), false));
            }
        }
        for (Form f : FORMS) {
            for (String field : f.valid().keySet()) {
                for (String value : FORM_VALUES) {
                    cases.add(new Case("POST " + f.path() + " " + field + "=" + abbreviate(value), c -> {
                        Map<String, String> m = new LinkedHashMap<>(f.valid());
                        m.put(field, value);
                        String n = Integer.toString(COUNTER.incrementAndGet());
                        m.replaceAll((k, v) -> v.replace("{n}", n));
                        return c.desk().form(formPath(f.path(), c), m);
                    }, false));
                }
            }
            for (String type : DESK_TYPES) {
                cases.add(new Case("POST " + f.path() + " Content-Type " + type, c -> send("POST",
                        formPath(f.path(), c), utf8("{\"csrf-token\":\"" + c.desk().csrf() + "\"}"), "Content-Type",
                        type, "Cookie", c.desk().cookies()), false));
            }
        }
        for (String field : List.of("j_username", "j_password")) {
            for (String value : FORM_VALUES) {
                cases.add(new Case("POST /j_security_check " + field + "=" + abbreviate(value), c -> {
                    Map<String, String> m = fields("j_username", "corpus-nobody", "j_password", "wrong-password");
                    m.put(field, value);
                    StringBuilder body = new StringBuilder();
                    m.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(v));
                    return send("POST", "/j_security_check", utf8(body.toString()), "Content-Type",
                            "application/x-www-form-urlencoded");
                }, false));
            }
        }
        cases.add(new Case("POST /j_security_check without fields", c -> send("POST", "/j_security_check", utf8(""),
                "Content-Type", "application/x-www-form-urlencoded"), false));
        return cases;
    }

    private static String formPath(String path, Corpus c) {
        return path.replace("{q}", Long.toString(c.quotation())).replace("{u}", c.user())
                .replace("{t}", Long.toString(c.token())).replace("{f}", Long.toString(c.feed()));
    }
}
