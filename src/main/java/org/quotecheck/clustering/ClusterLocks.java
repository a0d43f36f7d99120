package org.quotecheck.clustering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Row locks on clusters, taken in one order. A cluster may have been merged into another
 * ({@code merged_into}); whoever updates it must lock the survivor too, and locking the old row
 * first and the survivor then (one statement after the other) deadlocked against a merge, which
 * locks both in id order (two of eight racing ingests, in {@code ClusterMergeTest}). So the
 * survivors are found first without a lock and locked together, in id order, in one statement;
 * then it is checked that no merge came in between.
 *
 * <p>{@code FOR NO KEY UPDATE}, not {@code FOR UPDATE}: storing a quotation in a cluster checks
 * its foreign key with a key-share lock on the cluster row, which {@code FOR UPDATE} waits for.
 * Two ingests that had each stored a quotation in the same two clusters then waited for each
 * other's key-share locks (a quarter of the ingests on the 1M archive failed with "deadlock
 * detected"); the counts and the merge never change a cluster's id, so key-share locks need not wait.
 */
@ApplicationScoped
class ClusterLocks {

    private final EntityManager em;

    ClusterLocks(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks the live clusters that the given clusters stand for (themselves, or the clusters they
     * were merged into) until the transaction ends, and returns, for each given cluster that
     * exists, its live cluster.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<Long, Long> lockLive(Collection<Long> clusterIds) {
        TreeSet<Long> locked = new TreeSet<>();
        Map<Long, Long> live = survivors(clusterIds);
        for (int round = 0; round < 4; round++) {
            // the live clusters only: a merged-away row is never updated again except by the merge
            // that re-points its redirect, and locking it too made that merge wait in a cycle
            TreeSet<Long> wanted = new TreeSet<>(live.values());
            wanted.removeAll(locked);
            if (!wanted.isEmpty()) {
                em.createNativeQuery("SELECT id FROM quote_cluster WHERE id IN (:ids) ORDER BY id FOR NO KEY UPDATE")
                        .setParameter("ids", wanted).getResultList();
                locked.addAll(wanted);
            }
            // the survivors are locked now: a merge that came in between shows here, and cannot come any more
            Map<Long, Long> again = survivors(clusterIds);
            if (again.equals(live)) {
                return live;
            }
            live = again; // rare: the next round locks the new survivors (out of order, but after a merge)
        }
        return live;
    }

    /** For each existing cluster, the live cluster it went into (merges re-point chains, so one or two steps). */
    private Map<Long, Long> survivors(Collection<Long> clusterIds) {
        Map<Long, Long> out = new HashMap<>();
        if (clusterIds.isEmpty()) {
            return out;
        }
        Map<Long, Long> into = new HashMap<>();
        TreeSet<Long> ask = new TreeSet<>(clusterIds);
        for (int step = 0; step < 8 && !ask.isEmpty(); step++) {
            TreeSet<Long> next = new TreeSet<>();
            for (Object row : em.createNativeQuery("SELECT id, merged_into FROM quote_cluster WHERE id IN (:ids)")
                    .setParameter("ids", ask).getResultList()) {
                Object[] r = (Object[]) row;
                long id = ((Number) r[0]).longValue();
                Long target = r[1] == null ? null : ((Number) r[1]).longValue();
                into.put(id, target == null ? id : target);
                if (target != null && !into.containsKey(target)) {
                    next.add(target);
                }
            }
            ask = next;
        }
        for (long id : clusterIds) {
            Long at = into.get(id);
            for (int step = 0; at != null && step < 8 && !into.getOrDefault(at, at).equals(at); step++) {
                at = into.get(at);
            }
            if (at != null) {
                out.put(id, at);
            }
        }
        return out;
    }

    /**
     * Takes the locks that serialise ingests of the same new words, for these normalised texts in
     * ascending order; a transaction storing many articles takes all of them before the first. Two
     * ingests of the same words then take turns, and the second finds the first's cluster instead
     * of starting another. Words that already have a cluster need none: every ingest finds that
     * cluster, and a popular quotation (in every other article) made concurrent ingests queue on
     * its lock (244 ms per article on the 1M archive).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockNewWords(java.util.SortedSet<String> normalizedTexts) {
        TreeSet<String> fresh = new TreeSet<>(normalizedTexts);
        java.util.List<String> all = new java.util.ArrayList<>(normalizedTexts);
        for (int from = 0; from < all.size(); from += 500) {
            // one row per word at most: DISTINCT over the matching rows read every member of a popular
            // quotation (9.6 ms per article on the 1M archive)
            for (Object known : em.createNativeQuery("SELECT n FROM unnest(CAST(:n AS text[])) n WHERE EXISTS"
                    + " (SELECT 1 FROM quotation q WHERE q.normalized = n AND q.cluster_id IS NOT NULL)")
                    .setParameter("n", all.subList(from, Math.min(all.size(), from + 500)).toArray(String[]::new))
                    .getResultList()) {
                fresh.remove((String) known);
            }
        }
        org.quotecheck.support.AdvisoryLocks.lock(em, 60, fresh);
    }
}
