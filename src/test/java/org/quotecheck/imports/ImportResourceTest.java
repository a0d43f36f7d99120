package org.quotecheck.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.problem;
import static org.quotecheck.Api.signedIn;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.fetch.NewsFixtureServer;

@QuarkusTest
class ImportResourceTest {

    @Inject
    ImportConfig config;

    static final NewsFixtureServer news = NewsFixtureServer.shared();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportService imports;

    static String article(String token) {
        return "{\"text\": \"Harbor " + token + "\\n\\n“We will dredge the channel,” said Captain Ann Roe.\","
                + " \"title\": \"Harbor " + token + "\", \"publishedAt\": \"2024-05-01\"}";
    }

    static JsonPath upload(byte[] body) {
        return signedIn().contentType("application/x-ndjson").body(body).post("/api/v1/imports")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .extract().jsonPath();
    }

    /** (REST Assured would otherwise send a form content type, which the CSRF filter checks.) */
    static io.restassured.response.ValidatableResponse cancel(long id) {
        return signedIn().contentType("application/json").post("/api/v1/imports/" + id + "/cancel").then();
    }

    static JsonPath awaitEnd(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath job = signedIn().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            if (!List.of("RECEIVING", "QUEUED", "RUNNING").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end within a minute");
    }

    @Test
    void importsEveryGoodLineAndReportsEachBadOneWithItsNumberAndReason() throws Exception {
        String t = Api.unique();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> lines = List.of(
                article(t + "-1"),                                                  // 1 ingested
                article(t + "-2"),                                                  // 2 ingested
                article(t + "-1"),                                                  // 3 duplicate of 1
                "{\"text\": \"broken",                                              // 4 not JSON
                "",                                                                 // 5 blank: skipped
                "{\"html\": \"<p>“Fine,” said Bo Li " + t + ".</p>\"}",             // 6 ingested
                "{\"text\": \"x\", \"colour\": \"red\"}",                           // 7 unknown field
                "{\"url\": \"" + news.url("/news/open-graph.html") + "\"}",         // 8 ingested by URL
                "{\"url\": \"" + news.url("/pdf") + "\"}",                          // 9 not HTML
                "[1, 2]");                                                          // 10 not an object
        for (String line : lines) {
            body.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'});     // 11 invalid UTF-8
        body.write(("{\"text\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8)); // 12: 10 MB
        body.write(article(t + "-3").getBytes(StandardCharsets.UTF_8));          // 13 ingested, no final newline

        JsonPath accepted = upload(body.toByteArray());
        assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(accepted.getString("status")), accepted.prettify());
        JsonPath job = awaitEnd(accepted.getLong("id"));
        assertEquals("DONE", job.getString("status"));
        assertEquals(13, job.getInt("linesRead"));
        assertEquals(5, job.getInt("ingested"));
        assertEquals(1, job.getInt("duplicates"));
        assertEquals(6, job.getInt("failed"));
        assertEquals(100, job.getInt("percent"));
        assertEquals(List.of(4, 7, 9, 10, 11, 12), job.getList("failures.line", Integer.class));
        List<String> reasons = job.getList("failures.reason", String.class);
        assertTrue(reasons.get(0).startsWith("Not a JSON article"), reasons.get(0));
        assertTrue(reasons.get(1).contains("colour"), reasons.get(1));
        assertTrue(reasons.get(2).contains("not an HTML page"), reasons.get(2));
        assertTrue(reasons.get(4).contains("UTF-8"), reasons.get(4));
        assertTrue(reasons.get(5).contains("longer than"), reasons.get(5));
        signedIn().get("/api/v1/imports/" + accepted.getLong("id") + "/failures?size=2&page=1").then().statusCode(200)
                .body("total", equalTo(6)).body("items.line", equalTo(List.of(9, 10)));
        signedIn().get("/api/v1/quotations?q=" + t + "-3").then().statusCode(200);
        signedIn().get("/api/v1/articles?size=100").then().body("items.title", org.hamcrest.Matchers.hasItem("Harbor " + t + "-3"));
    }

    @Test
    void anUploadWithoutLinesIsRefusedAndWritesNeedAReviewer() {
        problem(signedIn().contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then(), 400);
        io.restassured.RestAssured.given().contentType("application/x-ndjson").body(article("anon").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(401);
        problem(signedIn().get("/api/v1/imports/987654321").then(), 404);
    }

    @Test
    void aCancelledJobTakesNoFurtherLinesAndAnEndedJobCannotBeCancelled() throws Exception {
        String t = Api.unique();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append(article(t + "-" + i)).append('\n');
        }
        long id = upload(body.toString().getBytes(StandardCharsets.UTF_8)).getLong("id");
        JsonPath cancelled = cancel(id).statusCode(200).extract().jsonPath();
        if (cancelled.getString("status").equals("CANCELLED")) {
            int processed = cancelled.getInt("processed");
            Thread.sleep(1500);
            JsonPath later = signedIn().get("/api/v1/imports/" + id).then().extract().jsonPath();
            assertEquals("CANCELLED", later.getString("status"));
            int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
            assertTrue(later.getInt("processed") <= processed + threads * config.batchSize(),
                    "at most the batches in flight (one per worker thread) finish");
            assertTrue(later.getInt("processed") < 400, "the rest is never ingested");
        }
        problem(cancel(id), 422)
                .body("type", equalTo("urn:quotecheck:problem:import-ended"));
    }

    /** A job whose replica died mid-way: its lines are still pending, and a worker finishes them. */
    @Test
    void aJobLeftRunningByAStoppedReplicaIsResumed() throws Exception {
        String t = Api.unique();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_job (id, status, created_by, started_at, lines_read, ingested)"
                    + " VALUES (900001, 'RUNNING', 'admin', now(), 3, 1)");
            s.execute("INSERT INTO import_line (job_id, line_no, body, status) VALUES"
                    + " (900001, 1, NULL, 'INGESTED'),"
                    + " (900001, 2, '" + article(t + "-a").replace("'", "''") + "', 'PENDING'),"
                    + " (900001, 3, '" + article(t + "-b").replace("'", "''") + "', 'PENDING')");
        }
        JsonPath job = awaitEnd(900001);
        assertEquals("DONE", job.getString("status"));
        assertEquals(3, job.getInt("ingested"));
        assertEquals(0, job.getInt("pending"));
    }

    /** Two workers never take the same line: a batch skips lines another transaction holds. */
    @Test
    void aBatchSkipsLinesLockedByAnotherWorker() throws Exception {
        String t = Api.unique();
        try (Connection held = dataSource.getConnection(); Statement s = held.createStatement()) {
            s.execute("INSERT INTO import_job (id, status, created_by, lines_read) VALUES (900002, 'CANCELLED', 'admin', 2)");
            s.execute("INSERT INTO import_line (job_id, line_no, body, status) VALUES"
                    + " (900002, 1, '" + article(t + "-a").replace("'", "''") + "', 'PENDING'),"
                    + " (900002, 2, '" + article(t + "-b").replace("'", "''") + "', 'PENDING')");
            held.setAutoCommit(false);
            s.execute("SELECT 1 FROM import_line WHERE job_id = 900002 AND line_no = 1 FOR UPDATE");
            // now let the workers at the job, while line 1 stays held by this transaction
            try (Connection other = dataSource.getConnection(); Statement o = other.createStatement()) {
                o.execute("UPDATE import_job SET status = 'QUEUED' WHERE id = 900002");
            }
            JsonPath job = null;
            for (int i = 0; i < 600; i++) {
                job = signedIn().get("/api/v1/imports/900002").then().extract().jsonPath();
                if (job.getInt("processed") >= 1) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(1, job.getInt("processed"), "line 2 is done while line 1 is held");
            assertEquals(1, job.getInt("pending"));
            held.commit(); // releases line 1
        }
        assertEquals(2, awaitEnd(900002).getInt("ingested"));
    }

    @Test
    void theDeskPageShowsEachImportWithAProgressBarThatAStaticScriptKeepsCurrent() {
        long id = upload(article(Api.unique()).getBytes(StandardCharsets.UTF_8)).getLong("id");
        java.util.Map<String, String> session = Api.deskSession();
        String page = io.restassured.RestAssured.given().cookies(session).get("/imports")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-import=\"" + id + "\""), page);
        assertTrue(page.contains("<progress max=\"100\""), page);
        assertTrue(page.contains("<script src=\"/js/imports.js\" defer></script>"), page);
        assertEquals(page.split("<script").length - 1, page.split("<script src=").length - 1, "no inline script");
        io.restassured.RestAssured.given().cookies(session).get("/imports/" + id + "/progress")
                .then().statusCode(200).contentType(containsString("application/json")).body("id", equalTo((int) id));
        io.restassured.RestAssured.given().cookies(session).get("/js/imports.js")
                .then().statusCode(200).body(containsString("/progress"));
        io.restassured.RestAssured.given().redirects().follow(false).get("/imports/" + id + "/progress")
                .then().statusCode(org.hamcrest.Matchers.oneOf(302, 303)); // signed-in users only
    }
}
