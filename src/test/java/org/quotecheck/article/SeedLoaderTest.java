package org.quotecheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotecheck.Api;

@QuarkusTest
// Reads through the API need a signed-in user (see ApiSecurityTest).
@io.quarkus.test.security.TestSecurity(user = "test-reviewer", roles = "reviewer")
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Test
    void seedFolderIsIngestedAtStartWithTheRealExtractor() throws IOException {
        String text = Files.readString(Path.of("seeds/000_f996ac05e5b472b3.txt"));
        String title = text.lines().findFirst().orElseThrow().strip();
        given().queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.title", hasItem(title))
                .body("items.sha256", hasItem(ArticleService.sha256(text)));
        // the expected.json beside it is not an article
        given().queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.title", org.hamcrest.Matchers.not(hasItem("{")));
        given().queryParam("speaker", "Wang Yi").get("/api/v1/quotations").then()
                .body("items.text", hasItem(
                        "countries should stand together to oppose all forms of unilateral sanctions."));
    }

    @Test
    void storedSeedQuotationsMatchTheGoldenFileThroughTheApi() throws IOException {
        String text = Files.readString(Path.of("seeds/000_f996ac05e5b472b3.txt"));
        com.fasterxml.jackson.databind.JsonNode golden = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("seeds/000_f996ac05e5b472b3.expected.json").toFile()).get("quotations");
        long id = given().queryParam("size", 100).get("/api/v1/articles").then().extract().jsonPath()
                .getLong("items.find { it.sha256 == '" + ArticleService.sha256(text) + "' }.id");
        var article = given().get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
        for (com.fasterxml.jackson.databind.JsonNode g : golden) {
            String path = "quotations.find { it.start == " + g.get("start").asInt() + " }";
            assertEquals(g.get("text").asText(), article.getString(path + ".text"));
            assertEquals(g.get("end").asInt(), article.getInt(path + ".end"));
            assertEquals(g.at("/speaker/name").asText(), article.getString(path + ".speaker.name"));
            assertEquals(g.at("/speaker/mention/start").asInt(), article.getInt(path + ".speaker.mention.start"));
            // the stored type is the extractor's; the golden file states it once the core types speakers
            String type = article.getString(path + ".speaker.type");
            if (g.at("/speaker/type").isTextual()) {
                assertEquals(g.at("/speaker/type").asText(), type);
            } else if (g.hasNonNull("speaker")) {
                assertTrue(java.util.List.of("PERSON", "ORGANIZATION", "OTHER").contains(type), path + ": " + type);
            }
            assertEquals(g.at("/cue/text").asText(), article.getString(path + ".cue.text"));
            assertEquals(g.at("/cue/start").asInt(), article.getInt(path + ".cue.start"));
        }
    }

    @Test
    void loaderIngestsTxtFilesOnceAndSkipsWhatIsNotAnArticle(@TempDir Path dir) throws IOException {
        String token = Api.unique();
        Files.writeString(dir.resolve("a.txt"), "\n  Seed title " + token + "\n\nBody of the seed " + token + ".");
        Files.writeString(dir.resolve("a.expected.json"), "{\"quotations\": []}");
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("blank.txt"), "   \n");

        assertEquals(new SeedLoader.Report(1, 0, 2), loader.load(dir));
        assertEquals(new SeedLoader.Report(0, 1, 2), loader.load(dir));
        given().queryParam("size", 100).get("/api/v1/articles").then()
                .body("items.findAll { it.title == 'Seed title " + token + "' }.size()", equalTo(1));
    }

    @Test
    void missingSeedFolderIsNoError(@TempDir Path dir) {
        assertEquals(new SeedLoader.Report(0, 0, 0), loader.load(dir.resolve("absent")));
    }
}
