package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.hardening.Http.send;
import static org.quotecheck.hardening.Http.utf8;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The requests of issue 13's probe that were answered 500 or accepted: each must now be refused with
 * a 4xx problem (the corpus checks that nothing is a 5xx; these check the exact refusal).
 */
@QuarkusTest
class IssueCasesTest {

    private static final String BASIC = Http.basic(Http.ADMIN, Http.ADMIN_PASSWORD);

    private static Http.Answer post(String path, String json) {
        return send("POST", path, utf8(json), "Content-Type", "application/json", "Authorization", BASIC);
    }

    private static void problem(Http.Answer a, int status) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.contentType());
    }

    @Test
    void aNulThatArrivesThroughAnHtmlEntityIsRefused() {
        problem(post("/api/v1/articles", "{\"html\":\"<p>a&#0;b " + java.util.UUID.randomUUID() + "</p>\"}"), 400);
    }

    @Test
    void publicationDatesPostgresqlCannotStoreAreRefused() {
        for (String date : new String[] {"+999999999-12-31", "-999999999-01-01"}) {
            Http.Answer a = post("/api/v1/articles", "{\"text\":\"“Dated " + java.util.UUID.randomUUID()
                    + ",” she said.\",\"publishedAt\":\"" + date + "\"}");
            problem(a, 400);
            assertTrue(a.body().contains("publishedAt"));
        }
    }

    @Test
    void aNullRoleIsRefused() {
        problem(post("/api/v1/users", "{\"username\":\"issue-null-role\",\"password\":\"a-long-password\","
                + "\"roles\":[null]}"), 400);
    }

    @Test
    void aNulInAPathIdOrASearchIsRefusedOrNotFound() {
        problem(send("PUT", "/api/v1/users/a%00b/enabled", utf8("{\"enabled\":true}"), "Content-Type",
                "application/json", "Authorization", BASIC), 404);
        problem(send("GET", "/api/v1/quotations?q=a%00b", null, "Authorization", BASIC), 400);
        problem(send("GET", "/api/v1/quotations?speaker=a%00b", null, "Authorization", BASIC), 400);
    }

    @Test
    void aNulInTheQueueFiltersComesBackAsAnInlineMessage() {
        Http.Answer a = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD).get("/?q=a%00b");
        assertEquals(400, a.status());
        assertTrue(a.body().contains("role=\"alert\"") && a.body().contains("NUL"), a.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        byte[] big = utf8("{\"text\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}");
        problem(Http.sendChunked("POST", "/api/v1/extractions", big, "Content-Type", "application/json",
                "Authorization", BASIC), 413);
        problem(Http.sendChunked("POST", "/api/v1/articles", big, "Content-Type", "application/json",
                "Authorization", BASIC), 413);
    }

    @Test
    void trailingGarbageDuplicateKeysAndOverlongUtf8AreRefused() {
        problem(post("/api/v1/extractions", "{\"text\":\"“a,” she said.\"} garbage"), 400);
        problem(post("/api/v1/extractions", "{\"text\":\"a\",\"text\":\"b\"}"), 400);
        byte[] overlong = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        problem(send("POST", "/api/v1/extractions", overlong, "Content-Type", "application/json"), 400);
    }

    @Test
    void numbersAndWordsAreNotBooleans() {
        problem(send("PUT", "/api/v1/users/admin/enabled", utf8("{\"enabled\":1}"), "Content-Type",
                "application/json", "Authorization", BASIC), 400);
        problem(send("PUT", "/api/v1/users/admin/enabled", utf8("{}"), "Content-Type",
                "application/json", "Authorization", BASIC), 400);
        Http.Answer form = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD).form("/admin/users/admin/enabled",
                Http.fields("enabled", "maybe"));
        assertEquals(400, form.status());
    }

    @Test
    void theLocationOfACreatedUserCanBeRead() {
        Http.Answer created = post("/api/v1/users", "{\"username\":\"issue-located\",\"password\":\"a-long-password\"}");
        assertTrue(created.status() == 201 || created.status() == 400, created.body());
        Http.Answer read = send("GET", "/api/v1/users/issue-located", null, "Authorization", BASIC);
        assertEquals(200, read.status(), read.body());
        assertTrue(read.body().contains("\"username\":\"issue-located\""));
        if (created.status() == 201) {
            assertTrue(created.header("Location").endsWith("/api/v1/users/issue-located"));
        }
    }

    @Test
    void deskFormPostsOfAnotherContentTypeAreRefusedAsAPage() {
        Http.Desk desk = Http.Desk.signIn(Http.ADMIN, Http.ADMIN_PASSWORD);
        Http.Answer a = send("POST", "/articles", utf8("{\"body\":\"x\"}"), "Content-Type", "application/json",
                "Cookie", desk.cookies());
        assertEquals(415, a.status());
        assertTrue(a.contentType().startsWith("text/html"), a.contentType());
    }
}
