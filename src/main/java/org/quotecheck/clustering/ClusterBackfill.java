package org.quotecheck.clustering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

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
    }

    int batch() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM quotation WHERE normalized IS NULL ORDER BY id"
                + " LIMIT :n FOR UPDATE SKIP LOCKED").setParameter("n", BATCH).getResultList();
        clusters.assign(ids.stream().map(Number::longValue).toList());
        return ids.size();
    }
}
