package org.quotecheck.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;

/** Clustering under concurrency and for rows stored before clustering existed. */
@QuarkusTest
class ClusterIngestTest {

    @Inject
    ArticleService articles;

    @Inject
    EntityManager em;

    @Inject
    ClusterBackfill backfill;

    private long ingest(String words, String speaker) {
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said " + speaker + ".";
        return articles.store(new IngestCommand(text, null, null, null, null, null)).id();
    }

    private Long clusterOf(long article) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> r = em.createNativeQuery("SELECT cluster_id FROM quotation WHERE article_id = :a")
                    .setParameter("a", article).getResultList();
            return r.isEmpty() || r.get(0) == null ? null : ((Number) r.get(0)).longValue();
        });
    }

    @Test
    void concurrentIngestsOfTheSameWordsMakeOneCluster() throws Exception {
        String words = "We will " + Words.words(8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> ingest(words, "Vera " + Words.name()));
            }
            Set<Long> clusters = new HashSet<>();
            for (Future<Long> f : pool.invokeAll(tasks)) {
                clusters.add(clusterOf(f.get()));
            }
            assertEquals(1, clusters.size(), clusters.toString());
            long cluster = clusters.iterator().next();
            Number members = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                    "SELECT member_count FROM quote_cluster WHERE id = :c").setParameter("c", cluster).getSingleResult());
            assertEquals(8, members.intValue(), "every member counted despite the race");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rowsStoredBeforeClusteringAreClusteredOnceAtStart() {
        String words = "We will " + Words.words(8);
        long a = ingest(words, "Vera " + Words.name());
        long b = ingest(words, "Walt " + Words.name());
        // as the rows were before migration V60
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE quotation SET normalized = NULL, cluster_id = NULL"
                        + " WHERE article_id IN (:a, :b)").setParameter("a", a).setParameter("b", b).executeUpdate());
        assertEquals(null, clusterOf(a));
        backfill.onStart(null);
        Long cluster = clusterOf(a);
        assertNotNull(cluster);
        assertEquals(cluster, clusterOf(b));
        backfill.onStart(null); // idempotent: nothing left to do, nothing moves
        assertEquals(cluster, clusterOf(b));
    }

    @Test
    void quotationsOfOneArticleThatRepeatEachOtherShareOneClusterWrittenWithTheirKeys() {
        String words = "We will " + Words.words(8);
        String other = "They never " + Words.words(8);
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said Vera " + Words.name()
                + ".\n\n“" + other + ",” said Walt " + Words.name() + ".\n\nLater, “" + words + ",” said Xena "
                + Words.name() + ".";
        long article = articles.store(new IngestCommand(text, null, null, null, null, null)).id();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> rows(em.createNativeQuery(
                "SELECT q.id, q.cluster_id, cardinality(q.sketch), cardinality(q.shingles), c.member_count,"
                        + " c.first_quotation_id, c.conflict, q.normalized FROM quotation q"
                        + " JOIN quote_cluster c ON c.id = q.cluster_id WHERE q.article_id = :a ORDER BY q.start_offset")
                .setParameter("a", article).getResultList()));
        assertEquals(3, rows.size());
        Object[] first = rows.get(0), second = rows.get(1), third = rows.get(2);
        assertEquals(first[1], third[1], "the repeat joins the first quotation's cluster, not yet written when placed");
        assertNotEquals(first[1], second[1], "other words, another cluster");
        assertEquals(2, ((Number) first[4]).intValue(), "both members counted");
        assertEquals(((Number) first[0]).longValue(), ((Number) first[5]).longValue(), "the first member is the first");
        assertEquals(Boolean.TRUE, first[6], "two speakers for the same words");
        assertEquals(1, ((Number) second[4]).intValue());
        for (Object[] r : rows) {
            assertTrue(((Number) r[2]).intValue() > 0 && ((Number) r[3]).intValue() > 0, "keys written with the row");
        }
        assertEquals(org.quotecheck.cluster.QuoteText.normalize(words), first[7]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
