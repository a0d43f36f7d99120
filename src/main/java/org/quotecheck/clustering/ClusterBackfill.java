package org.quotecheck.clustering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;
import org.quotecheck.cluster.QuoteText;

/**
 * Clusters the quotations stored before clustering existed (migration V60); an ingest clusters its
 * own quotations in its transaction, so only older rows qualify. Runs at start-up in batches, each its own transaction; it picks rows whose {@code normalized} is
 * still NULL, so running it again does nothing (idempotent) and replicas starting together share
 * the work (rows are taken with SKIP LOCKED).
 */
@ApplicationScoped
class ClusterBackfill {

    private static final Logger LOG = Logger.getLogger(ClusterBackfill.class);
    static final int BATCH = 500;

    private final EntityManager em;
    private final ClusterService clusters;

    ClusterBackfill(EntityManager em, ClusterService clusters) {
        this.em = em;
        this.clusters = clusters;
    }

    // before the seed loader, so that seeds and old rows are clustered in the order they were stored
    void onStart(@Observes @Priority(10) StartupEvent event) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::batch);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("clustered %d quotations stored before clustering", total);
        }
        int sketched = 0;
        do {
            done = QuarkusTransaction.requiringNew().call(this::sketchBatch);
            sketched += done;
        } while (done == BATCH);
        if (sketched > 0) {
            LOG.infof("wrote the near-duplicate sketch and containment shingles of %d quotations clustered before V87/V88",
                    sketched);
        }
    }

    /**
     * Rows clustered before migrations V87/V88 get their sketch ({@link QuoteText#sketch}) and
     * shingles ({@link QuoteText#shingles}); idempotent like batch().
     */
    int sketchBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, normalized, cluster_id IS NOT NULL FROM quotation"
                + " WHERE (sketch IS NULL OR shingles IS NULL) AND normalized IS NOT NULL ORDER BY id LIMIT :n"
                + " FOR UPDATE SKIP LOCKED").setParameter("n", BATCH).getResultList();
        for (Object[] r : rows) {
            boolean clustered = Boolean.TRUE.equals(r[2]);
            String n = (String) r[1];
            em.createNativeQuery("UPDATE quotation SET sketch = CAST(:s AS integer[]), shingles = CAST(:sh AS integer[])"
                    + " WHERE id = :id")
                    .setParameter("s", QuoteText.sketchLiteral(clustered ? QuoteText.sketch(n) : new int[0]))
                    .setParameter("sh", QuoteText.sketchLiteral(clustered ? QuoteText.shingles(n) : new int[0]))
                    .setParameter("id", ((Number) r[0]).longValue()).executeUpdate();
        }
        return rows.size();
    }

    int batch() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM quotation WHERE normalized IS NULL ORDER BY id"
                + " LIMIT :n FOR UPDATE SKIP LOCKED").setParameter("n", BATCH).getResultList();
        clusters.assign(ids.stream().map(Number::longValue).toList());
        return ids.size();
    }
}
