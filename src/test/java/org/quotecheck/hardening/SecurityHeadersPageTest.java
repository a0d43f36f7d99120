package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Security headers and cookie flags on desk pages and the API; the desk's pages satisfy their CSP. */
@QuarkusTest
class SecurityHeadersPageTest {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    // Inline script, inline style and event-handler attributes: what a strict CSP blocks.
    static final Pattern INLINE = Pattern.compile("<script(?![^>]*\\bsrc=)|<style|\\sstyle=|\\son[a-z]+=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (Http.Answer a : List.of(send("GET", "/login", null),
                send("GET", "/api/v1/me", null), send("GET", "/css/desk.css", null))) {
            assertEquals(CSP, a.header("Content-Security-Policy"));
            assertEquals("DENY", a.header("X-Frame-Options"));
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
            assertEquals("same-origin", a.header("Referrer-Policy"));
            assertNull(a.header("Strict-Transport-Security"), "plain http gets no HSTS");
        }
    }

    @Test
    void overPlainHttpTheCookiesAreSameSiteButNotSecure() {
        Http.Desk desk = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD);
        Http.Answer page = send("GET", "/articles/new", null, "Cookie", desk.cookies().replaceAll("; qc-csrf=.*", ""));
        List<String> cookies = page.all("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("qc-csrf=")), cookies.toString());
        cookies.forEach(c -> assertTrue(c.contains("SameSite=Strict") && !c.contains("Secure"), c));
    }

    @Test
    void anAnswerNeverSendsBackTheBrowsersOwnSessionCookie() {
        // re-sending it (without its path) once left a second, older session cookie in the browser
        Http.Desk desk = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD);
        for (String path : List.of("/", "/admin/users", "/articles/new")) {
            Http.Answer a = desk.get(path);
            assertTrue(a.all("Set-Cookie").stream().noneMatch(c -> c.startsWith("qc-session=")),
                    path + ": " + a.all("Set-Cookie"));
        }
    }

    @Test
    void noDeskPageHasInlineScriptOrStyle() {
        Http.Desk desk = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD);
        String basic = Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD);
        Http.Stored stored = Http.Stored.article(basic);
        long article = stored.article();
        long q = stored.quotation();
        List<String> offending = new ArrayList<>();
        for (String path : List.of("/", "/articles/new", "/articles/" + article, "/quotations/" + q, "/speakers",
                "/admin/users", "/login", "/quotations/999999999", "/tokens", "/checks", "/clusters",
                "/clusters?conflict=true", "/clusters/999999999", "/checks/999999999", "/admin/feeds",
                "/admin/feeds?polled=1&status=OK&ingested=2", "/exports")) {
            Http.Answer a = desk.get(path);
            assertTrue(a.contentType().startsWith("text/html"), path + " " + a.contentType());
            if (INLINE.matcher(a.body()).find()) {
                offending.add(path);
            }
        }
        assertEquals(List.of(), offending);
    }
}
