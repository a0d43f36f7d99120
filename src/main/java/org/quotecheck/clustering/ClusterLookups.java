package org.quotecheck.clustering;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.cluster.QuoteText;
import org.quotecheck.cluster.Similarity;

/**
 * {@link ClusterService#findCluster}'s rule for many quotations at once, for an article's quotations
 * before they are written: one statement per kind of look-up (same words, near duplicates, contained)
 * for all of them (containing: one per quotation, see {@link #containing}), each kind asked only for
 * those the kinds before it left without a cluster. The candidates read per quotation are bounded
 * as there. Per quotation, the stored quotations inside a claim were looked up with a few hundred
 * runs each (0.6-1.3 ms a call); for an article at once, 2.3 ms.
 *
 * <p>The quotations must not be written yet: a stored row is never the quotation itself, so the
 * look-ups need not exclude it (which {@link ClusterService#findCluster} does per row).
 */
final class ClusterLookups {

    /**
     * The clustered holders of a sketch value {@code v}, from the B-tree of values (V95), which stops
     * after the bounded few a look-up takes (the GIN index over the sketches read each value's whole
     * posting list first); completed by conditions and {@code ORDER BY s.quotation_id LIMIT}.
     */
    static final String HOLDERS = "SELECT q.id, q.cluster_id, q.normalized FROM quotation_sketch s"
            + " JOIN quotation q ON q.id = s.quotation_id WHERE s.value = v AND q.cluster_id IS NOT NULL";

    private final EntityManager em;
    private final ClusterService clusters;

    ClusterLookups(EntityManager em, ClusterService clusters) {
        this.em = em;
        this.clusters = clusters;
    }

    /** Each quotation's cluster by the rule of {@link ClusterService#findCluster}; absent: none joins. */
    Map<Long, Long> find(Map<Long, String> normalizedById) {
        Map<Long, Long> found = new HashMap<>();
        Map<Long, String> left = new LinkedHashMap<>(normalizedById);
        exact(left, found);
        left.keySet().removeAll(found.keySet());
        near(left, found);
        left.keySet().removeAll(found.keySet());
        containing(left, found);
        left.keySet().removeAll(found.keySet());
        containedIn(left, found);
        return found;
    }

    /** The lowest cluster of a bounded few stored quotations with the same words. */
    private void exact(Map<Long, String> left, Map<Long, Long> found) {
        if (left.isEmpty()) {
            return;
        }
        for (Object row : em.createNativeQuery("SELECT k.self, (SELECT min(cluster_id) FROM (SELECT cluster_id"
                + " FROM quotation WHERE normalized = k.n AND cluster_id IS NOT NULL LIMIT :max) s)"
                + " FROM unnest(CAST(:selves AS bigint[]), CAST(:ns AS text[])) AS k(self, n)")
                .setParameter("selves", literal(left.keySet()))
                .setParameter("ns", left.values().toArray(String[]::new))
                .setParameter("max", ClusterService.MAX_CANDIDATES).getResultList()) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                found.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
            }
        }
    }

    /**
     * Near duplicates as {@link ClusterService#near}: per sketch value a bounded few holders (each
     * value read once, however many of the quotations have it), per quotation the candidates that
     * share most values first, the most similar at or above {@link Similarity#NEAR} wins.
     */
    private void near(Map<Long, String> left, Map<Long, Long> found) {
        List<Long> selves = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Map.Entry<Long, String> e : left.entrySet()) {
            int[] sketch = QuoteText.sketch(e.getValue());
            for (int i = 0; i < Math.min(sketch.length, ClusterService.NEAR_KEYS); i++) {
                selves.add(e.getKey());
                values.add(sketch[i]);
            }
        }
        if (selves.isEmpty()) {
            return;
        }
        Map<Long, List<ClusterService.Candidate>> bySelf = new HashMap<>();
        for (Object row : em.createNativeQuery("WITH k AS (SELECT * FROM unnest(CAST(:selves AS bigint[]),"
                + " CAST(:vals AS integer[])) AS k(self, v)), hits AS (SELECT d.v, q.id, q.cluster_id, q.normalized"
                + " FROM (SELECT DISTINCT v FROM k) d, LATERAL (" + HOLDERS
                + " ORDER BY s.quotation_id LIMIT :per) q)"
                + " SELECT k.self, h.id, h.cluster_id, h.normalized, count(*) FROM k JOIN hits h ON h.v = k.v"
                + " GROUP BY k.self, h.id, h.cluster_id, h.normalized")
                .setParameter("selves", literal(selves)).setParameter("vals", literal(values))
                .setParameter("per", ClusterService.SKETCH_PER_VALUE).getResultList()) {
            Object[] r = (Object[]) row;
            bySelf.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new ClusterService.Candidate(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                            (String) r[3], ((Number) r[4]).doubleValue()));
        }
        bySelf.forEach((self, candidates) -> {
            candidates.sort(Comparator.comparingDouble(ClusterService.Candidate::score).reversed()
                    .thenComparingLong(ClusterService.Candidate::quotationId));
            String n = left.get(self);
            Long best = null;
            double bestScore = 0;
            for (ClusterService.Candidate c : candidates.subList(0, Math.min(candidates.size(),
                    ClusterService.NEAR_CANDIDATES))) {
                double score = Similarity.mayBeNear(n, c.normalized()) ? Similarity.words(n, c.normalized()) : 0;
                if (score >= Similarity.NEAR && score > bestScore) {
                    best = c.clusterId();
                    bestScore = score;
                }
            }
            if (best != null) {
                found.put(self, best);
            }
        });
    }

    /**
     * Longer stored quotations holding these words: {@link ClusterService#containing}, one statement
     * per quotation. Asked for many at once (a lateral look-up per quotation), the planner cannot see
     * the keys and estimated a default share of the table for each: some plans scanned it whole
     * (14.9 million rows read over 3,000 articles, 200 ms for one article).
     */
    private void containing(Map<Long, String> left, Map<Long, Long> found) {
        left.forEach((self, n) -> {
            if (QuoteText.wordCount(n) < QuoteText.MIN_CONTAINED_WORDS) {
                return;
            }
            for (ClusterService.Candidate c : clusters.containing(n, self)) {
                if (QuoteText.containsWords(c.normalized(), n)) {
                    found.put(self, c.clusterId());
                    return;
                }
            }
        });
    }

    /**
     * Shorter stored quotations inside these words, as {@link ClusterService#containedIn}: a stored
     * quotation whose words are one of the quotation's inner runs; the longest wins, then the oldest.
     */
    private void containedIn(Map<Long, String> left, Map<Long, Long> found) {
        List<Long> selves = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        left.forEach((self, n) -> {
            for (String run : QuoteText.innerRuns(n, QuoteText.MIN_CONTAINED_WORDS, ClusterService.INNER_RUN_WORDS,
                    ClusterService.INNER_RUNS)) {
                selves.add(self);
                runs.add(run);
            }
        });
        if (selves.isEmpty()) {
            return;
        }
        for (Object row : em.createNativeQuery("SELECT self, cluster_id, normalized FROM (SELECT r.self, q.cluster_id,"
                + " q.normalized, row_number() OVER (PARTITION BY r.self ORDER BY length(q.normalized) DESC, q.id) AS rank"
                + " FROM unnest(CAST(:selves AS bigint[]), CAST(:runs AS text[])) AS r(self, run)"
                + " JOIN quotation q ON q.normalized = r.run WHERE q.cluster_id IS NOT NULL) c WHERE rank <= :max"
                + " ORDER BY self, rank")
                .setParameter("selves", literal(selves)).setParameter("runs", runs.toArray(String[]::new))
                .setParameter("max", ClusterService.MAX_CANDIDATES * 5).getResultList()) {
            Object[] r = (Object[]) row;
            long self = ((Number) r[0]).longValue();
            String stored = (String) r[2];
            // the words are one of the runs, so they lie inside; as there, only a clusterable part joins
            if (!found.containsKey(self) && QuoteText.wordCount(stored) >= QuoteText.MIN_CONTAINED_WORDS
                    && QuoteText.clusterable(stored)) {
                found.put(self, ((Number) r[1]).longValue());
            }
        }
    }

    /** An array literal of numbers ({@code {1,2}}), cast in the statement: one statement text whatever the count. */
    private static String literal(java.util.Collection<? extends Number> values) {
        StringBuilder b = new StringBuilder("{");
        for (Number v : values) {
            b.append(b.length() == 1 ? "" : ",").append(v);
        }
        return b.append('}').toString();
    }
}
