package org.quotecheck.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;

/**
 * Quotations that joined a stored cluster are counted into it after their ingest commits, exactly
 * once: by the ingest itself, by the sweep when the ingest died before counting, or by a full
 * recount.
 */
@QuarkusTest
class ClusterFoldsTest {

    @Inject
    ArticleService articles;

    @Inject
    ClusterFolds folds;

    @Inject
    ClusterService clusters;

    @Inject
    EntityManager em;

    /** A cluster of two members said by two speakers, and its second member. */
    private record Pair(long cluster, long second) {
    }

    private long[] ingest(String words, String speaker) {
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“" + words + ",” said " + speaker + ".";
        long article = articles.store(new IngestCommand(text, null, null, null, null, null)).id();
        Object[] r = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "SELECT id, cluster_id FROM quotation WHERE article_id = :a").setParameter("a", article).getSingleResult());
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    private Pair pair() {
        String words = "We will " + Words.words(8);
        long[] first = ingest(words, "Vera " + Words.name());
        long[] second = ingest(words, "Walt " + Words.name());
        assertEquals(first[1], second[1]);
        return new Pair(first[1], second[0]);
    }

    private List<Number> counts(long cluster) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("SELECT member_count, speaker_count, CAST(conflict AS int),"
                    + " (SELECT count(*) FROM cluster_join WHERE cluster_id = :c) FROM quote_cluster WHERE id = :c")
                    .setParameter("c", cluster).getSingleResult();
            return List.of((Number) r[0], (Number) r[1], (Number) r[2], (Number) r[3]);
        });
    }

    /** As if the second member's ingest died between its commit and its count. */
    private void uncounted(Pair p) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE quote_cluster SET member_count = 1, speaker_count = 1, conflict = false"
                    + " WHERE id = :c").setParameter("c", p.cluster()).executeUpdate();
            em.createNativeQuery("INSERT INTO cluster_join (quotation_id, cluster_id, created_at)"
                    + " VALUES (:q, :c, now() - interval '2 minutes')").setParameter("q", p.second())
                    .setParameter("c", p.cluster()).executeUpdate();
        });
    }

    @Test
    void anIngestCountsWhatItJoinedRightAfterItsCommit() {
        Pair p = pair();
        assertEquals(List.of(2L, 2L, 1, 0L), normalise(counts(p.cluster())), "two members, two speakers, a conflict");
    }

    @Test
    void theSweepCountsWhatADeadIngestLeftAndOnlyOnce() {
        Pair p = pair();
        uncounted(p);
        assertEquals(List.of(1L, 1L, 0, 1L), normalise(counts(p.cluster())));
        folds.sweep();
        assertEquals(List.of(2L, 2L, 1, 0L), normalise(counts(p.cluster())), "counted, speakers regrouped");
        folds.sweep();
        QuarkusTransaction.requiringNew().run(() -> folds.fold(p.cluster(), List.of(p.second())));
        assertEquals(List.of(2L, 2L, 1, 0L), normalise(counts(p.cluster())), "nothing counted twice");
    }

    @Test
    void aFullRecountTakesTheWaitingMembersWithIt() {
        Pair p = pair();
        uncounted(p);
        QuarkusTransaction.requiringNew().run(() -> clusters.refresh(p.cluster()));
        assertEquals(List.of(2L, 2L, 1, 0L), normalise(counts(p.cluster())));
        QuarkusTransaction.requiringNew().run(() -> folds.fold(p.cluster(), List.of(p.second())));
        assertEquals(2L, normalise(counts(p.cluster())).get(0), "the fold after the recount finds nothing waiting");
    }

    @Test
    void aYoungWaitingRowIsLeftToItsOwnIngest() {
        Pair p = pair();
        uncounted(p);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE cluster_join SET created_at = now() WHERE quotation_id = :q").setParameter("q", p.second())
                .executeUpdate());
        assertEquals(false, QuarkusTransaction.requiringNew().call(() -> folds.left()).containsKey(p.cluster()));
        QuarkusTransaction.requiringNew().run(() -> folds.fold(p.cluster(), List.of(p.second())));
        assertEquals(List.of(2L, 2L, 1, 0L), normalise(counts(p.cluster())));
    }

    private static List<Object> normalise(List<Number> counts) {
        return List.of(counts.get(0).longValue(), counts.get(1).longValue(), counts.get(2).intValue(),
                counts.get(3).longValue());
    }
}
