package org.quotecheck.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;

/**
 * A cluster's counts are kept up to date at ingest without recounting its members
 * ({@link ClusterService#joined}): whatever the order in which its members arrive, they must equal
 * what a full recount ({@link ClusterService#refresh}) gives.
 */
@QuarkusTest
class ClusterCountsTest {

    @Inject
    ArticleService articles;

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    private long ingest(String words, String speaker, String publishedAt) {
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” " + speaker + " said.";
        return articles.store(new IngestCommand(text, null, null, null, null, publishedAt)).id();
    }

    private long clusterOf(long article) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT cluster_id FROM quotation WHERE article_id = :a").setParameter("a", article)
                .getSingleResult()).longValue());
    }

    /** member_count, speaker_count, conflict, first_quotation_id, first_seen_at, representative. */
    private List<Object> row(long cluster) {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.asList((Object[]) em.createNativeQuery(
                "SELECT member_count, speaker_count, conflict, first_quotation_id, first_seen_at, representative"
                        + " FROM quote_cluster WHERE id = :c").setParameter("c", cluster).getSingleResult()));
    }

    private List<Object> recounted(long cluster) {
        QuarkusTransaction.requiringNew().run(() -> clusters.refresh(cluster));
        return row(cluster);
    }

    @Test
    void anEarlierArticleArrivingLaterBecomesTheFirstAppearance() {
        String words = "We will " + Words.words(8);
        String speaker = "Vera " + Words.name();
        long late = ingest(words, speaker, "2026-03-10");
        long cluster = clusterOf(late);
        long early = ingest(words, speaker, "2026-03-01");
        ingest(words, speaker, "2026-03-20");
        List<Object> kept = row(cluster);
        assertEquals(3, ((Number) kept.get(0)).intValue());
        assertEquals(1, ((Number) kept.get(1)).intValue(), "one speaker");
        assertEquals(false, kept.get(2));
        long firstQuotation = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM quotation WHERE article_id = :a").setParameter("a", early).getSingleResult()).longValue());
        assertEquals(firstQuotation, ((Number) kept.get(3)).longValue(), "the earliest article's quotation");
        assertEquals(recounted(cluster), kept);
    }

    @Test
    void aNewSpeakerMakesAConflictAndTheSamePersonByAnotherNameDoesNot() {
        String words = "Nobody should " + Words.words(8);
        String surname = Words.name();
        long first = ingest(words, "Vera " + surname, "2026-04-01");
        long cluster = clusterOf(first);
        ingest(words, surname, "2026-04-02"); // "Wang" beside "Wang Yi": one speaker
        assertFalse((Boolean) row(cluster).get(2), "a surname of the same person is no conflict");
        assertEquals(recounted(cluster), row(cluster));
        ingest(words, "Otto " + Words.name(), "2026-04-03");
        List<Object> kept = row(cluster);
        assertTrue((Boolean) kept.get(2), "another person: a conflict");
        assertEquals(2, ((Number) kept.get(1)).intValue());
        assertEquals(recounted(cluster), kept);
    }

    @Test
    void concurrentMembersWithDifferentSpeakersAreAllCounted() throws Exception {
        String words = "If they want " + Words.words(8);
        long cluster = clusterOf(ingest(words, "Vera " + Words.name(), "2026-05-01"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String day = String.format("2026-05-%02d", 20 - i);
                String first = i % 2 == 0 ? "Vera " : "Walt ";
                tasks.add(() -> ingest(words, first + Words.name(), day));
            }
            for (Future<Long> f : pool.invokeAll(tasks)) {
                assertEquals(cluster, clusterOf(f.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Object> kept = row(cluster);
        assertEquals(9, ((Number) kept.get(0)).intValue());
        assertEquals(9, ((Number) kept.get(1)).intValue(), "nine different people");
        assertEquals(recounted(cluster), kept);
    }
}
