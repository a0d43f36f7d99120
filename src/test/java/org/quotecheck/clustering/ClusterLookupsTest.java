package org.quotecheck.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.cluster.QuoteText;

/**
 * The look-ups of an article's unwritten quotations, one statement per kind for all of them, find
 * what {@link ClusterService#findCluster} finds for each alone: same words, a near duplicate, a
 * longer stored quotation around the words, a shorter one inside them, and nothing.
 */
@QuarkusTest
class ClusterLookupsTest {

    @Inject
    ArticleService articles;

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    private long clusterOfStored(String words) {
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said Nora " + Words.name() + ".";
        long article = articles.store(new IngestCommand(text, null, null, null, null, null)).id();
        Number cluster = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT cluster_id FROM quotation WHERE article_id = :a").setParameter("a", article).getSingleResult());
        assertNotNull(cluster, words);
        return cluster.longValue();
    }

    @Test
    void eachKindOfMatchIsFoundForManyQuotationsAtOnceAsForEachAlone() {
        String same = "We will " + Words.words(10);
        String[] nearWords = Words.words(14).split(" ");
        String nearStored = String.join(" ", nearWords);
        String around = Words.words(9) + " " + Words.words(8) + " " + Words.words(9);
        String inside = Words.words(9);
        long sameCluster = clusterOfStored(same);
        long nearCluster = clusterOfStored(nearStored);
        long aroundCluster = clusterOfStored(around);
        long insideCluster = clusterOfStored(inside);

        nearWords[6] = Words.word(); // one word of fourteen changed: near, not the same
        String[] aroundWords = around.split(" ");
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("WE WILL, " + same.substring("We will ".length()).toUpperCase() + "!", sameCluster);
        expected.put(String.join(" ", nearWords), nearCluster);
        expected.put(String.join(" ", List.of(aroundWords).subList(9, 17)), aroundCluster);
        expected.put(Words.words(5) + " " + inside + " " + Words.words(4), insideCluster);
        expected.put(Words.words(12), null);
        expected.put(String.join(" ", List.of(aroundWords).subList(9, 14)), null); // five words: too few to be inside

        Map<Long, String> claims = new LinkedHashMap<>();
        long self = -1;
        for (String claim : expected.keySet()) {
            String n = QuoteText.normalize(claim);
            assertEquals(true, QuoteText.clusterable(n), claim);
            claims.put(self--, n);
        }
        Map<Long, Long> together = QuarkusTransaction.requiringNew().call(() -> new ClusterLookups(em, clusters).find(claims));
        Map<Long, Long> alone = new HashMap<>();
        claims.forEach((id, n) -> QuarkusTransaction.requiringNew().call(() -> clusters.findCluster(id, n))
                .ifPresent(c -> alone.put(id, c)));

        self = -1;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertEquals(e.getValue(), together.get(self), "together: " + e.getKey());
            assertEquals(e.getValue(), alone.get(self), "alone: " + e.getKey());
            self--;
        }
    }

    /** The B-tree of sketch values (V95) follows each quotation's sketch, whoever writes it. */
    @Test
    void theSketchValuesFollowEachQuotationsSketch() {
        String text = "Officials met on Tuesday.\n\n“We will " + Words.words(9) + ",” said Nora " + Words.name() + ".";
        long article = articles.store(new IngestCommand(text, null, null, null, null, null)).id();
        long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM quotation WHERE article_id = :a").setParameter("a", article).getSingleResult()).longValue());
        String sketch = sql("SELECT CAST(sketch AS text) FROM quotation WHERE id = " + id);
        assertEquals(true, sketch.length() > 2, "a clusterable quotation has a sketch");
        assertEquals(sql("SELECT CAST(ARRAY(SELECT DISTINCT v FROM quotation, unnest(sketch) v WHERE id = " + id
                + " ORDER BY v) AS text)"), values(id), "written with the row");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE quotation SET sketch = '{-7,-5,-7}' WHERE id = " + id).executeUpdate());
        assertEquals("{-7,-5}", values(id), "an update replaces the values");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE quotation SET sketch = '{}' WHERE id = " + id).executeUpdate());
        assertEquals("{}", values(id), "an empty sketch has none");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE quotation SET sketch = CAST(:s AS integer[]) WHERE id = " + id).setParameter("s", sketch)
                .executeUpdate());
        assertEquals(sql("SELECT CAST(ARRAY(SELECT DISTINCT v FROM unnest(CAST('" + sketch + "' AS integer[])) v"
                + " ORDER BY v) AS text)"), values(id));
    }

    private String values(long id) {
        return sql("SELECT CAST(ARRAY(SELECT value FROM quotation_sketch WHERE quotation_id = " + id
                + " ORDER BY value) AS text)");
    }

    private String sql(String query) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(query).getSingleResult());
    }
}
