package org.quotecheck.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.clustering.Words;

/** The desk's exports with a signed-in desk session: the form page, the download, the JSON-LD links. */
@QuarkusTest
class ExportDeskTest {

    @Test
    void theDeskDownloadsTheSameFilesAndLinksTheJsonLdDocuments() {
        Map<String, String> desk = Api.deskSession();
        String marker = "Deskmark" + Words.word();
        JsonPath q = ExportResourceTest.quote("We will " + marker + " " + Words.words(6), "Vera " + Words.name(), null);
        given().cookies(desk).get("/exports").then().statusCode(200).contentType(startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("action=\"/exports/download\""));
        Response csv = given().cookies(desk).queryParam("format", "csv").queryParam("q", marker).get("/exports/download");
        assertEquals(200, csv.statusCode());
        assertEquals(2, CsvRecords.parse(csv.asString()).size());
        given().cookies(desk).queryParam("format", "xml").get("/exports/download").then().statusCode(400)
                .contentType(startsWith("text/html"));
        given().cookies(desk).get("/quotations/" + q.getLong("id")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/exports/quotations/" + q.getLong("id") + "/annotation"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "/exports/quotations/" + q.getLong("id") + "/claim-review")));
        given().cookies(desk).get("/exports/quotations/" + q.getLong("id") + "/annotation").then().statusCode(200)
                .contentType(startsWith("application/ld+json")).body("type", equalTo("Annotation"));
        given().cookies(desk).get("/exports/quotations/" + q.getLong("id") + "/claim-review").then().statusCode(409);
        given().cookies(desk).get("/clusters/" + q.getLong("clusterId")).then().statusCode(200)
                .body(matchesPattern("(?s).*/exports/clusters/" + q.getLong("clusterId") + "/claim-review.*"));
    }
}
