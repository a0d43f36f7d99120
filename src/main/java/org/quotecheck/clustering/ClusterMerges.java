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
import org.quotecheck.cluster.KeyIndex;
import org.quotecheck.cluster.QuoteText;

/**
 * Merges clusters that racing ingests started for near duplicates. The advisory lock of
 * {@link ClusterService#assign} serialises ingests of the <em>same</em> words only; two ingests of
 * near-duplicate words (a word dropped, a partial quote) run side by side, neither sees the
 * other's uncommitted quotation, and each may start a cluster. So after each commit the
 * transaction's quotations are compared with the rows its look-ups could not see: those written
 * by transactions that had not committed when its first look-up ran ({@code quotation.written_by}
 * not visible in that snapshot), read in one query and matched in memory ({@link KeyIndex}, the
 * same rule as the look-ups). Whichever of two racing ingests commits last sees the other's rows,
 * and the clusters merge. When nothing raced (one ingest at a time) that is one index probe that
 * finds nothing; before, every quotation that started a cluster repeated all its look-ups.
 *
 * <p>A merge moves the smaller cluster's members into the larger one (ties: into the older), under
 * both rows' locks taken in id order (no deadlock between two merges), recomputes the survivor's
 * counts, speakers, conflict flag and first appearance, and leaves the merged-away row empty with
 * {@code merged_into} set (earlier redirects to it are re-pointed), so that old links answer a
 * redirect. A member added by a transaction that read the old cluster before the merge committed
 * follows the others when it is counted ({@link ClusterFolds#fold} recounts where the members went).
 */
@ApplicationScoped
public class ClusterMerges {

    private static final Logger LOG = Logger.getLogger(ClusterMerges.class);

    /** More rows than this written meanwhile by other transactions, and the look-ups are repeated instead. */
    static final int MAX_RACING = 20_000;

    /**
     * The quotations a transaction clustered, with the snapshot its first look-up saw no less than
     * and its own transaction id (fired by {@link ClusterService#assign} once per transaction).
     */
    public record Written(String snapshot, String xid, List<Long> quotationIds) {
    }

    private final EntityManager em;
    private final ClusterService clusters;
    private final ClusterLocks locks;

    ClusterMerges(EntityManager em, ClusterService clusters, ClusterLocks locks) {
        this.em = em;
        this.clusters = clusters;
        this.locks = locks;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        try {
            QuarkusTransaction.requiringNew().run(() -> mergeRacing(written));
        } catch (RuntimeException e) {
            // the ingest itself has committed; one at a time (a lock conflict), else leave it
            LOG.warnf("merging after an ingest failed, retrying one quotation at a time: %s", e.toString());
            for (long quotation : written.quotationIds()) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> mergeAround(quotation));
                } catch (RuntimeException again) {
                    LOG.warnf("merging around quotation %d failed: %s", quotation, again.toString());
                }
            }
        }
    }

    /**
     * Merges the clusters of a committed transaction's quotations with those of the rows written
     * by transactions it could not see; see the class comment.
     *
     * @return how many of its quotations' clusters took part in a merge
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int mergeRacing(Written written) {
        if (written.quotationIds().isEmpty()) {
            return 0;
        }
        List<KeyIndex.Row> racing = rows(em.createNativeQuery("SELECT id, cluster_id, normalized FROM quotation"
                + " WHERE written_by >= pg_snapshot_xmin(CAST(:snap AS pg_snapshot)) AND written_by <> CAST(:xid AS xid8)"
                + " AND NOT pg_visible_in_snapshot(written_by, CAST(:snap AS pg_snapshot)) AND cluster_id IS NOT NULL"
                + " LIMIT :max").setParameter("snap", written.snapshot()).setParameter("xid", written.xid())
                .setParameter("max", MAX_RACING + 1).getResultList());
        if (racing.isEmpty()) {
            return 0;
        }
        int merged = 0;
        if (racing.size() > MAX_RACING) {
            for (long id : written.quotationIds()) {
                merged += mergeAround(id).isPresent() ? 1 : 0;
            }
            return merged;
        }
        KeyIndex index = new KeyIndex(racing);
        List<TreeSet<Long>> groups = new ArrayList<>();
        TreeSet<Long> involved = new TreeSet<>();
        for (int from = 0; from < written.quotationIds().size(); from += 1_000) {
            List<Long> part = written.quotationIds().subList(from, Math.min(written.quotationIds().size(), from + 1_000));
            for (KeyIndex.Row ours : rows(em.createNativeQuery("SELECT id, cluster_id, normalized FROM quotation"
                    + " WHERE id IN (:ids) AND cluster_id IS NOT NULL ORDER BY id").setParameter("ids", part).getResultList())) {
                TreeSet<Long> ids = new TreeSet<>();
                index.joinedBy(ours.quotationId(), ours.normalized()).forEach(r -> ids.add(r.clusterId()));
                ids.add(ours.clusterId());
                if (ids.size() > 1) {
                    groups.add(ids);
                    involved.addAll(ids);
                }
            }
        }
        // every cluster of every merge locked at once, in id order: merge by merge, each group's
        // locks came after the last group's, out of order, and racing merge passes deadlocked
        locks.lockLive(involved);
        for (TreeSet<Long> group : groups) {
            merge(group);
            merged++;
        }
        return merged;
    }

    private static List<KeyIndex.Row> rows(List<?> result) {
        List<KeyIndex.Row> out = new ArrayList<>();
        for (Object row : result) {
            Object[] r = (Object[]) row;
            out.add(new KeyIndex.Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]));
        }
        return out;
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
        TreeSet<Long> live = new TreeSet<>(locks.lockLive(clusterIds).values());
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
        List<ClusterService.Candidate> candidates = new ArrayList<>(clusters.near(n, self));
        if (QuoteText.wordCount(n) >= QuoteText.MIN_CONTAINED_WORDS) {
            candidates.addAll(clusters.containing(n, self));
        }
        candidates.addAll(clusters.containedIn(n, self));
        for (ClusterService.Candidate c : candidates) {
            if (KeyIndex.joins(n, c.normalized())) { // the joining rule, as for the rows raced in memory
                out.add(c.clusterId());
            }
        }
        return out;
    }
}
