package org.quotecheck.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.clustering.Words;

/**
 * Two transactions that each store several articles (import batches on two worker threads or two
 * replicas) name the same new people in opposite orders. Taking every lock up front in one order
 * ({@link ArticleService#lockAhead}) lets both commit; taking them article by article deadlocks.
 */
@QuarkusTest
class BatchLockOrderTest {

    @Inject
    ArticleService articles;

    private ArticleService.Prepared article(String speaker) {
        String text = "Officials met on Tuesday in " + Words.name() + ".\n\n“We will " + Words.words(8) + ",” "
                + speaker + " said.";
        return articles.extract(articles.prepare(new IngestCommand(text, null, null, null, null, null)));
    }

    /** Stores two articles in one transaction, waiting between them until the other thread got there too. */
    private List<Long> batch(List<ArticleService.Prepared> batch, boolean lockAhead, CyclicBarrier between) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (lockAhead) {
                articles.lockAhead(batch);
            }
            List<Long> ids = new ArrayList<>();
            ids.add(articles.store(batch.get(0)).id());
            try {
                between.await(3, TimeUnit.SECONDS);
            } catch (TimeoutException | BrokenBarrierException theOtherIsWaitingForOurLocks) {
                // with locks taken up front, the other batch waits for this one to commit
            }
            ids.add(articles.store(batch.get(1)).id());
            return ids;
        });
    }

    private List<Throwable> race(boolean lockAhead) throws Exception {
        String x = "Vera " + Words.name();
        String y = "Walt " + Words.name();
        CyclicBarrier between = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> one = pool.submit(() -> batch(List.of(article(x), article(y)), lockAhead, between));
            Future<List<Long>> two = pool.submit(() -> batch(List.of(article(y), article(x)), lockAhead, between));
            List<Throwable> failures = new ArrayList<>();
            for (Future<List<Long>> f : List.of(one, two)) {
                try {
                    assertEquals(2, f.get(60, TimeUnit.SECONDS).size());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchesThatLockAheadBothCommit() throws Exception {
        assertEquals(List.of(), race(true));
    }

    @Test
    void batchesThatLockArticleByArticleDeadlock() throws Exception {
        List<Throwable> failures = race(false);
        assertEquals(1, failures.size(), "PostgreSQL breaks the cycle by failing one of them");
        Throwable root = failures.get(0);
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(String.valueOf(root.getMessage()).contains("deadlock"), String.valueOf(root));
    }
}
