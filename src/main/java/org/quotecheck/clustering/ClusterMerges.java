package org.quotecheck.clustering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.quotecheck.cluster.QuoteText;
import org.quotecheck.cluster.Similarity;

/**
 * Merges clusters that racing ingests started for near duplicates. The advisory lock of
 * {@link ClusterService#assign} serialises ingests of the <em>same</em> words only; two ingests of
 * near-duplicate words (a word dropped, a partial quote) run side by side, neither sees the
 * other's uncommitted quotation, and each may start a cluster. So after each commit every
 * quotation that started a cluster is looked up again ({@link #matchingClusters});
 * whichever of two racing ingests commits last sees the other's rows, and the clusters merge.
 *
 * <p>A merge moves the smaller cluster's members into the larger one (ties: into the older), under
 * both rows' locks taken in id order (no deadlock between two merges), recomputes the survivor's
 * counts, speakers, conflict flag and first appearance, and leaves the merged-away row empty with
 * {@code merged_into} set (earlier redirects to it are re-pointed), so that old links answer a
 * redirect. A member added by a transaction that read the old cluster before the merge committed
 * follows the others when that transaction refreshes the old cluster ({@link ClusterService#refresh}).
 */
@ApplicationScoped
public class ClusterMerges {

    private static final Logger LOG = Logger.getLogger(ClusterMerges.class);

    /** Quotations that started a cluster in a transaction (fired by {@link ClusterService#assign}). */
    public record Started(List<Long> quotationIds) {
    }

    private final EntityManager em;
    private final ClusterService clusters;

    ClusterMerges(EntityManager em, ClusterService clusters) {
        this.em = em;
        this.clusters = clusters;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Started started) {
        try {
            // one transaction for the ingest's (or batch's) starters: usually nothing matches
            QuarkusTransaction.requiringNew().run(() -> started.quotationIds().forEach(this::mergeAround));
        } catch (RuntimeException e) {
            // the ingest itself has committed; one at a time (a lock conflict), else leave it
            LOG.warnf("merging after an ingest failed, retrying one quotation at a time: %s", e.toString());
            for (long quotation : started.quotationIds()) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> mergeAround(quotation));
                } catch (RuntimeException again) {
                    LOG.warnf("merging around quotation %d failed: %s", quotation, again.toString());
                }
            }
        }
    }

    /**
     * Merges the cluster of a stored quotation with every other cluster it matches (exact, near or
     * containment, as joining would). Idempotent: once merged, nothing else matches.
     *
     * @return the quotation's cluster afterwards, if it has one
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> mergeAround(long quotationId) {
        List<?> rows = em.createNativeQuery("SELECT cluster_id, normalized FROM quotation WHERE id = :q")
                .setParameter("q", quotationId).getResultList();
        if (rows.isEmpty() || ((Object[]) rows.get(0))[0] == null) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        long cluster = ((Number) r[0]).longValue();
        TreeSet<Long> ids = new TreeSet<>(matchingClusters(quotationId, (String) r[1]));
        ids.add(cluster);
        return Optional.of(ids.size() == 1 ? cluster : merge(ids));
    }

    /** Merges two clusters; see {@link #merge(Collection)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long merge(long a, long b) {
        return merge(List.of(a, b));
    }

    /**
     * Merges clusters into one and returns the survivor: the one with the most members, else the
     * oldest (lowest id). Every row is locked first, in id order, so that merges and ingests (which
     * refresh their clusters in id order too) queue instead of deadlocking. A cluster already
     * merged away stands for the cluster it went into.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long merge(Collection<Long> clusterIds) {
        TreeSet<Long> live = new TreeSet<>(clusterIds);
        for (int round = 0; round < 4; round++) {
            TreeSet<Long> targets = new TreeSet<>();
            for (Object row : em.createNativeQuery("SELECT id, merged_into FROM quote_cluster WHERE id IN (:ids)"
                    + " ORDER BY id FOR UPDATE").setParameter("ids", live).getResultList()) {
                Object[] l = (Object[]) row;
                targets.add(((Number) (l[1] == null ? l[0] : l[1])).longValue());
            }
            if (targets.equals(live) || targets.isEmpty()) {
                break;
            }
            live = targets;
        }
        if (live.size() <= 1) {
            return live.isEmpty() ? clusterIds.iterator().next() : live.first();
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT cluster_id, count(*) FROM quotation WHERE cluster_id IN (:ids)"
                + " GROUP BY cluster_id").setParameter("ids", live).getResultList()) {
            Object[] c = (Object[]) row;
            counts.put(((Number) c[0]).longValue(), ((Number) c[1]).longValue());
        }
        long survivor = live.first();
        for (long id : live) {
            if (counts.getOrDefault(id, 0L) > counts.getOrDefault(survivor, 0L)) {
                survivor = id;
            }
        }
        List<Long> losers = new ArrayList<>(live);
        losers.remove(survivor);
        em.createNativeQuery("UPDATE quotation SET cluster_id = :s WHERE cluster_id IN (:l)")
                .setParameter("s", survivor).setParameter("l", losers).executeUpdate();
        em.createNativeQuery("UPDATE quote_cluster SET merged_into = :s WHERE merged_into IN (:l)")
                .setParameter("s", survivor).setParameter("l", losers).executeUpdate();
        em.createNativeQuery("UPDATE quote_cluster SET merged_into = :s, member_count = 0, speaker_count = 0,"
                + " conflict = false, updated_at = now() WHERE id IN (:l)")
                .setParameter("s", survivor).setParameter("l", losers).executeUpdate();
        clusters.refresh(survivor);
        LOG.debugf("merged clusters %s into %d", losers, survivor);
        return survivor;
    }

    /**
     * Every other cluster that a stored quotation with these words would join: those of its exact,
     * near and containment matches (the candidates read are bounded as for {@link ClusterService#findCluster}).
     */
    private Set<Long> matchingClusters(long self, String n) {
        Set<Long> out = new TreeSet<>();
        for (Object c : em.createNativeQuery("SELECT DISTINCT cluster_id FROM quotation WHERE normalized = :n"
                + " AND cluster_id IS NOT NULL AND id <> :self LIMIT :max").setParameter("n", n)
                .setParameter("self", self).setParameter("max", ClusterService.MAX_CANDIDATES).getResultList()) {
            out.add(((Number) c).longValue());
        }
        for (ClusterService.Candidate c : clusters.near(n, self)) {
            if (Similarity.words(n, c.normalized()) >= Similarity.NEAR) {
                out.add(c.clusterId());
            }
        }
        if (QuoteText.wordCount(n) >= QuoteText.MIN_CONTAINED_WORDS) {
            for (ClusterService.Candidate c : clusters.containing(n, self)) {
                if (QuoteText.containsWords(c.normalized(), n)) {
                    out.add(c.clusterId());
                }
            }
        }
        for (ClusterService.Candidate c : clusters.containedIn(n, self)) {
            if (QuoteText.wordCount(c.normalized()) >= QuoteText.MIN_CONTAINED_WORDS
                    && QuoteText.clusterable(c.normalized()) && QuoteText.containsWords(n, c.normalized())) {
                out.add(c.clusterId());
            }
        }
        return out;
    }
}
