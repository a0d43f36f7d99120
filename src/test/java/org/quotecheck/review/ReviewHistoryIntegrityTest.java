package org.quotecheck.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quotecheck.Api.post;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;
import org.quotecheck.FixedExtractor;
import org.quotecheck.attribution.QuoteExtractor;

@QuarkusTest
class ReviewHistoryIntegrityTest {

    @Inject
    EntityManager em;

    @Test
    void databaseRefusesToRewriteReviewHistory() {
        FixedExtractor extractor = new FixedExtractor();
        QuarkusMock.installMockForType(extractor, QuoteExtractor.class);
        String text = "“Kept forever " + Api.unique() + ",” said Hal Keep.";
        extractor.forText(text).quote(text.substring(1, text.indexOf('”')), "Hal Keep", null, "Hal Keep", "said");
        long id = post("/api/v1/articles", Map.of("text", text)).statusCode(201).extract().jsonPath()
                .getLong("quotations[0].id");
        post("/api/v1/quotations/" + id + "/reviews", Map.of("verdict", "VERIFIED", "version", 0))
                .statusCode(201);

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("UPDATE review SET note = 'rewritten' WHERE quotation_id = :q")
                        .setParameter("q", id).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("DELETE FROM review WHERE quotation_id = :q").setParameter("q", id).executeUpdate()));
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM review WHERE quotation_id = :q AND note IS NULL").setParameter("q", id)
                .getSingleResult()).longValue());
        assertEquals(1, left);
    }
}
