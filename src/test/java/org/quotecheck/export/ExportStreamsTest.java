package org.quotecheck.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.Api.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.clustering.Words;

/** The streaming NDJSON, CSV and ClaimReview exports: read back whole, filters applied, bad filters refused. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "reviewer")
class ExportStreamsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<Map<String, Object>> ndjson(String body) throws Exception {
        List<Map<String, Object>> lines = new ArrayList<>();
        assertTrue(body.isEmpty() || body.endsWith("\n"), "every line ends in LF");
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JsonLdShapes.cast(JSON.readValue(line, Map.class)));
            }
        }
        return lines;
    }

    @Test
    void ndjsonHasOneObjectALineForExactlyTheQuotationsTheFiltersMatch() throws Exception {
        String marker = "Ndjmark" + Words.word();
        String speaker = "Vera " + Words.name();
        JsonPath reviewed = ExportResourceTest.quote("We will " + marker + " " + Words.words(6), speaker, null);
        JsonPath pending = ExportResourceTest.quote("We will " + marker + " " + Words.words(6), "Olga " + Words.name(), null);
        ExportResourceTest.review(reviewed.getLong("id"), "VERIFIED", null);

        Response all = given().queryParam("q", marker).get("/api/v1/exports/quotations.ndjson");
        assertEquals(200, all.statusCode(), all.asString());
        assertTrue(all.contentType().startsWith("application/x-ndjson"), all.contentType());
        assertTrue(all.header("Content-Disposition").matches("attachment; filename=\"quotations-\\d{8}T\\d{6}Z\\.ndjson\""),
                all.header("Content-Disposition"));
        List<Map<String, Object>> lines = ndjson(all.asString());
        // newest first, like the list
        assertEquals(List.of(pending.getLong("id"), reviewed.getLong("id")),
                lines.stream().map(l -> ((Number) l.get("id")).longValue()).toList());
        Map<String, Object> line = lines.get(1);
        assertEquals(reviewed.getString("text"), line.get("text"));
        assertEquals(speaker, line.get("speakerName"));
        assertEquals("VERIFIED", line.get("status"));
        assertEquals(reviewed.getInt("start"), line.get("start"));
        assertTrue(((String) line.get("articleUrl")).startsWith("https://news.example/"), line.toString());

        List<Map<String, Object>> verified = ndjson(given().queryParam("q", marker).queryParam("status", "verified")
                .get("/api/v1/exports/quotations.ndjson").asString());
        assertEquals(List.of(reviewed.getLong("id")), verified.stream().map(l -> ((Number) l.get("id")).longValue()).toList());
        List<Map<String, Object>> bySpeaker = ndjson(given().queryParam("q", marker).queryParam("speaker", speaker)
                .get("/api/v1/exports/quotations.ndjson").asString());
        assertEquals(1, bySpeaker.size());
        assertEquals("", given().queryParam("q", "Nothingmatches" + Words.word())
                .get("/api/v1/exports/quotations.ndjson").asString());

        List<Map<String, Object>> reviews = ndjson(given().queryParam("q", marker)
                .get("/api/v1/exports/claim-reviews.ndjson").asString());
        assertEquals(1, reviews.size(), "only the reviewed quotation has a ClaimReview");
        assertEquals(List.of(), JsonLdShapes.claimReview(reviews.get(0)));
        assertEquals(reviewed.getString("text"), reviews.get(0).get("claimReviewed"));
    }

    @Test
    void csvIsRfc4180WithAHeaderRowAndFormulaCellsDefused() throws Exception {
        String marker = "Csvmark" + Words.word();
        String title = "=HYPERLINK(\"http://evil.example\",\"x\"), \"quoted\"";
        String publisher = "@Paper, \"Daily\"";
        JsonPath q = ExportResourceTest.quoteIn("Officials met on Tuesday.\n\n“Minus five, " + marker + " percent, is "
                + Words.words(6) + ",” said Vera " + Words.name() + ".", title, publisher, "2024-05-01T00:00:00Z");
        Response r = given().queryParam("q", marker).get("/api/v1/exports/quotations.csv");
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        assertTrue(r.header("Content-Disposition").endsWith(".csv\""), r.header("Content-Disposition"));
        List<List<String>> records = CsvRecords.parse(r.asString());
        assertEquals(2, records.size(), records.toString());
        assertEquals(ExportStreams.CSV_HEADER, records.get(0));
        List<String> row = records.get(1);
        assertEquals(ExportStreams.CSV_HEADER.size(), row.size());
        assertEquals(Long.toString(q.getLong("id")), cell(row, "id"));
        assertEquals(q.getString("text"), cell(row, "text"));
        assertEquals("'" + title, cell(row, "article_title"));
        assertEquals("'" + publisher, cell(row, "publisher"));
        assertEquals("2024-05-01T00:00:00Z", cell(row, "published_at"));
        assertEquals("PENDING", cell(row, "status"));
        assertEquals("", cell(row, "reviewed_at"));
    }

    static String cell(List<String> row, String column) {
        return row.get(ExportStreams.CSV_HEADER.indexOf(column));
    }

    @Test
    void aBadFilterIsAProblemBeforeAnyByteIsStreamed() {
        for (String path : List.of("/api/v1/exports/quotations.ndjson", "/api/v1/exports/quotations.csv",
                "/api/v1/exports/claim-reviews.ndjson")) {
            problem(given().queryParam("status", "MAYBE").get(path).then(), 400).body("errors[0].field", equalTo("status"));
            problem(given().queryParam("cluster", "abc").get(path).then(), 400);
            problem(given().queryParam("conflict", "yes").get(path).then(), 400);
            problem(given().queryParam("q", "x".repeat(501)).get(path).then(), 400);
        }
    }
}
