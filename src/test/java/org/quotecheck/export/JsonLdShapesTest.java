package org.quotecheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test-side validator itself: it accepts the minimal valid documents and names each missing piece. */
class JsonLdShapesTest {

    static Map<String, Object> claimReview() {
        Map<String, Object> doc = new HashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ClaimReview");
        doc.put("url", "https://desk.example/quotations/1");
        doc.put("claimReviewed", "We will win");
        doc.put("datePublished", "2024-05-01T00:00:00Z");
        doc.put("author", Map.of("@type", "Organization", "name", "Desk"));
        doc.put("reviewRating", new HashMap<>(Map.of("@type", "Rating", "alternateName", "Verified",
                "ratingValue", 5, "bestRating", 5, "worstRating", 1)));
        doc.put("itemReviewed", new HashMap<>(Map.of("@type", "Claim", "author", Map.of("@type", "Person", "name", "Ann"),
                "appearance", List.of(Map.of("@type", "NewsArticle", "url", "https://news.example/a")))));
        return doc;
    }

    @Test
    void aCompleteClaimReviewPassesAndEachRequiredPropertyIsChecked() {
        assertEquals(List.of(), JsonLdShapes.claimReview(claimReview()));
        for (String key : List.of("claimReviewed", "url", "reviewRating", "author", "itemReviewed")) {
            Map<String, Object> doc = claimReview();
            doc.remove(key);
            assertTrue(JsonLdShapes.claimReview(doc).stream().anyMatch(p -> p.startsWith(key)), key);
        }
        Map<String, Object> noName = claimReview();
        JsonLdShapes.cast(noName.get("reviewRating")).remove("alternateName");
        assertTrue(JsonLdShapes.claimReview(noName).stream().anyMatch(p -> p.startsWith("alternateName")));
        Map<String, Object> offScale = claimReview();
        JsonLdShapes.cast(offScale.get("reviewRating")).put("ratingValue", 9);
        assertTrue(JsonLdShapes.claimReview(offScale).stream().anyMatch(p -> p.contains("outside")));
        Map<String, Object> noAuthor = claimReview();
        JsonLdShapes.cast(noAuthor.get("itemReviewed")).remove("author");
        assertTrue(JsonLdShapes.claimReview(noAuthor).contains("itemReviewed.author is missing"));
    }

    @Test
    void anAnnotationNeedsContextIdTypeTargetAndWellFormedSelectors() {
        Map<String, Object> doc = new HashMap<>(Map.of("@context", "http://www.w3.org/ns/anno.jsonld",
                "id", "https://desk.example/a/1", "type", "Annotation", "motivation", "assessing",
                "target", Map.of("source", "https://desk.example/api/v1/articles/1", "selector", List.of(
                        Map.of("type", "TextQuoteSelector", "exact", "win", "prefix", "we ", "suffix", "."),
                        Map.of("type", "TextPositionSelector", "start", 3, "end", 6)))));
        assertEquals(List.of(), JsonLdShapes.annotation(doc));
        Map<String, Object> backwards = new HashMap<>(doc);
        backwards.put("target", Map.of("source", "https://d.example/1", "selector",
                Map.of("type", "TextPositionSelector", "start", 6, "end", 3)));
        assertTrue(JsonLdShapes.annotation(backwards).get(0).startsWith("TextPositionSelector"));
        Map<String, Object> noExact = new HashMap<>(doc);
        noExact.put("target", Map.of("source", "https://d.example/1", "selector", Map.of("type", "TextQuoteSelector")));
        assertEquals(List.of("TextQuoteSelector must have exactly one exact"), JsonLdShapes.annotation(noExact));
        Map<String, Object> badMotivation = new HashMap<>(doc);
        badMotivation.put("motivation", "judging");
        assertEquals(1, JsonLdShapes.annotation(badMotivation).size());
        for (String key : List.of("@context", "id", "type", "target")) {
            Map<String, Object> missing = new HashMap<>(doc);
            missing.remove(key);
            assertEquals(1, JsonLdShapes.annotation(missing).size(), key);
        }
    }
}
