package org.quotecheck.clustering;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Counts quotations into the stored clusters they joined after the ingest that wrote them has
 * committed, one cluster per short transaction. Counting inside the ingest held each joined
 * cluster's row lock until the ingest committed (an import batch: until its last article), so
 * that every article quoting a popular quotation queued behind the one before it.
 *
 * <p>The ingest writes a {@code cluster_join} row per such quotation ({@link #defer}); after its
 * commit each cluster is locked, the rows still waiting are deleted and counted
 * ({@link ClusterService#joined}) in one transaction, so a row is counted exactly once whoever
 * gets to it first: this, the {@link #sweep} for rows a crash left, or a full recount
 * ({@link ClusterService#refresh}, which deletes the rows of the members it counted). Until then
 * a cluster's counts lag its committed members by milliseconds.
 */
@ApplicationScoped
public class ClusterFolds {

    private static final Logger LOG = Logger.getLogger(ClusterFolds.class);

    /** Rows older than this are the sweep's: an ingest counts its own right after its commit. */
    static final String SWEEP_AGE = "1 minute";

    /** Clusters counted per sweep at most. */
    static final int SWEEP_CLUSTERS = 1_000;

    /** A transaction's quotations waiting to be counted, by cluster (announced once per transaction). */
    public record Pending(TreeMap<Long, List<Long>> byCluster) {
    }

    private final EntityManager em;
    private final ClusterService clusters;
    private final ClusterLocks locks;
    private final TransactionSynchronizationRegistry transaction;
    private final Event<Pending> pending;

    ClusterFolds(EntityManager em, ClusterService clusters, ClusterLocks locks,
            TransactionSynchronizationRegistry transaction, Event<Pending> pending) {
        this.em = em;
        this.clusters = clusters;
        this.locks = locks;
        this.transaction = transaction;
        this.pending = pending;
    }

    /** Records written quotations that joined stored clusters, to be counted after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void defer(Map<Long, List<Long>> joined) {
        if (joined.isEmpty()) {
            return;
        }
        List<Long> quotations = new ArrayList<>();
        List<Long> clusterIds = new ArrayList<>();
        joined.forEach((cluster, members) -> members.forEach(q -> {
            quotations.add(q);
            clusterIds.add(cluster);
        }));
        em.createNativeQuery("INSERT INTO cluster_join (quotation_id, cluster_id)"
                + " SELECT * FROM unnest(CAST(:q AS bigint[]), CAST(:c AS bigint[]))")
                .setParameter("q", literal(quotations)).setParameter("c", literal(clusterIds)).executeUpdate();
        Pending current = (Pending) transaction.getResource(Pending.class);
        if (current == null) {
            current = new Pending(new TreeMap<>());
            transaction.putResource(Pending.class, current);
            pending.fire(current);
        }
        Pending p = current;
        joined.forEach((cluster, members) -> p.byCluster().computeIfAbsent(cluster, k -> new ArrayList<>()).addAll(members));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Pending committed) {
        committed.byCluster().forEach(this::foldNow);
    }

    /** Times a fold is tried: it may lose a deadlock to a merge pass moving the same members. */
    static final int FOLD_ATTEMPTS = 3;

    /**
     * Folds in a transaction of its own, again after a failure (a fold is idempotent: what it did
     * not commit is still waiting); a member left in a merged-away cluster moves when it is counted.
     */
    private void foldNow(long cluster, List<Long> members) {
        for (int attempt = 1; attempt <= FOLD_ATTEMPTS; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> fold(cluster, members));
                return;
            } catch (RuntimeException e) {
                if (attempt == FOLD_ATTEMPTS) {
                    // committed and recorded: the sweep counts them
                    LOG.warnf("counting %d quotations into cluster %d failed %d times, left to the sweep: %s",
                            members.size(), cluster, attempt, e.toString());
                }
            }
        }
    }

    /**
     * Counts those of {@code members} still waiting into {@code clusterId}; a cluster merged meanwhile
     * is recounted in full where its members went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fold(long clusterId, List<Long> members) {
        Long live = locks.lockLive(List.of(clusterId)).get(clusterId);
        if (live == null) {
            return;
        }
        if (live != clusterId) {
            clusters.refresh(clusterId);
            return;
        }
        List<Long> waiting = ((List<?>) em.createNativeQuery("DELETE FROM cluster_join WHERE quotation_id IN (:m)"
                + " RETURNING quotation_id").setParameter("m", members).getResultList()).stream()
                .map(o -> ((Number) o).longValue()).sorted().toList();
        if (!waiting.isEmpty()) {
            clusters.joined(clusterId, waiting);
        }
    }

    /** Counts what ingests that died between their commit and their count left behind. */
    @Scheduled(identity = "cluster-join-sweep", every = "${quotecheck.clusters.sweep-every:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Map<Long, List<Long>> left = QuarkusTransaction.requiringNew().call(this::left);
        left.forEach(this::foldNow);
        if (!left.isEmpty()) {
            LOG.infof("counted quotations left uncounted into %d clusters", left.size());
        }
    }

    /** Waiting rows older than {@link #SWEEP_AGE}, by cluster, for at most {@link #SWEEP_CLUSTERS} clusters. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, List<Long>> left() {
        TreeMap<Long, List<Long>> left = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT j.cluster_id, j.quotation_id FROM cluster_join j"
                + " WHERE j.cluster_id IN (SELECT DISTINCT cluster_id FROM cluster_join"
                + " WHERE created_at < now() - CAST(:age AS interval) LIMIT :n) ORDER BY 1, 2")
                .setParameter("age", SWEEP_AGE).setParameter("n", SWEEP_CLUSTERS).getResultList()) {
            Object[] r = (Object[]) row;
            left.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return left;
    }

    private static String literal(List<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return b.append('}').toString();
    }
}
