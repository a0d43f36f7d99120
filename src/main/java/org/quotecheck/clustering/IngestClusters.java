package org.quotecheck.clustering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotecheck.cluster.KeyIndex;
import org.quotecheck.cluster.QuoteText;

/**
 * Clusters an article's quotations before they are written, so that each row is inserted once
 * with its words, look-up keys and cluster. Written first and clustered after (as the start-up
 * backfill still does, {@link ClusterService#assign}), every quotation was an insert and then an
 * update that wrote the row and each of its dozen index entries again: the costliest statement of
 * an ingest after the look-ups.
 *
 * <p>The rule is {@link ClusterService}'s: the stored quotations are looked up first, for all the
 * newcomers at once ({@link ClusterLookups}); a quotation
 * that joins none of them joins an earlier quotation of the same call ({@link KeyIndex#joins}),
 * which the look-ups cannot see because it is not written yet; else it starts a cluster.
 */
@ApplicationScoped
public class IngestClusters {

    /** A quotation about to be stored: its allocated id, text, named speaker and its article's date. */
    public record Newcomer(long quotationId, String text, boolean named, Instant appeared) {
    }

    /**
     * What to write into a newcomer's row: normalised words, look-up keys ({@code integer[]}
     * literals) and cluster (null: too short or generic to cluster).
     */
    public record Keys(String normalized, String sketch, String shingles, Long clusterId) {
    }

    /** The newcomers' rows, and what is left to do once they are written ({@link #finish}). */
    public final class Placement {
        private final Map<Long, Keys> keys;
        private final TreeMap<Long, List<Long>> joined;

        private Placement(Map<Long, Keys> keys, TreeMap<Long, List<Long>> joined) {
            this.keys = keys;
            this.joined = joined;
        }

        public Keys keys(long quotationId) {
            return keys.get(quotationId);
        }

        /** Once the newcomers are written: they are counted into the clusters they joined after the commit. */
        public void finish() {
            folds.defer(joined);
        }
    }

    private final EntityManager em;
    private final ClusterService clusters;
    private final ClusterFolds folds;

    IngestClusters(EntityManager em, ClusterService clusters, ClusterFolds folds) {
        this.em = em;
        this.clusters = clusters;
        this.folds = folds;
    }

    /**
     * Quotation ids for {@code count} new rows, in ascending order, from the table's own identity
     * sequence (the rows are then inserted with them, so a cluster can name its first member first).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> allocate(int count) {
        if (count == 0) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery("SELECT nextval(pg_get_serial_sequence('quotation', 'id'))"
                + " FROM generate_series(1, :n)").setParameter("n", count).getResultList()).stream()
                .map(o -> ((Number) o).longValue()).sorted().toList();
    }

    /**
     * Decides the newcomers' clusters, in order, and starts the new ones. Call before the rows are
     * written; then write them with {@link Placement#keys} and call {@link Placement#finish}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placement place(List<Newcomer> newcomers) {
        Map<Long, String> normalized = new HashMap<>();
        TreeSet<String> words = new TreeSet<>();
        for (Newcomer c : newcomers) {
            String n = QuoteText.normalize(c.text());
            normalized.put(c.quotationId(), n);
            if (QuoteText.clusterable(n)) {
                words.add(n);
            }
        }
        // as in ClusterService.assign: same new words take turns; the snapshot before any look-up
        clusters.lockKeys(words);
        clusters.written().quotationIds().addAll(newcomers.stream().map(Newcomer::quotationId).toList());
        Map<Long, String> clusterable = new java.util.LinkedHashMap<>();
        newcomers.stream().filter(c -> QuoteText.clusterable(normalized.get(c.quotationId())))
                .forEach(c -> clusterable.put(c.quotationId(), normalized.get(c.quotationId())));
        Map<Long, Long> stored = new ClusterLookups(em, clusters).find(clusterable);
        Map<Long, Keys> keys = new HashMap<>();
        TreeMap<Long, List<Long>> joined = new TreeMap<>();
        KeyIndex earlier = new KeyIndex(List.of());
        for (Newcomer c : newcomers) {
            String n = normalized.get(c.quotationId());
            if (!clusterable.containsKey(c.quotationId())) {
                keys.put(c.quotationId(), new Keys(n, "{}", "{}", null));
                continue;
            }
            Long cluster = stored.get(c.quotationId());
            if (cluster == null) {
                cluster = earlier.joinedBy(c.quotationId(), n).stream().findFirst().map(KeyIndex.Row::clusterId)
                        .orElse(null);
            }
            if (cluster == null) {
                cluster = create(c, n);
            } else {
                joined.computeIfAbsent(cluster, k -> new ArrayList<>()).add(c.quotationId());
            }
            earlier.add(new KeyIndex.Row(c.quotationId(), cluster, n));
            keys.put(c.quotationId(), new Keys(n, QuoteText.sketchLiteral(QuoteText.sketch(n)),
                    QuoteText.sketchLiteral(QuoteText.shingles(n)), cluster));
        }
        return new Placement(keys, joined);
    }

    /** A cluster of one, its first appearance the newcomer (written next, in this transaction). */
    private long create(Newcomer c, String n) {
        Object id = em.createNativeQuery("INSERT INTO quote_cluster (normalized, representative, first_quotation_id,"
                + " first_seen_at, member_count, speaker_count, conflict) VALUES (:n, :text, :q, :seen, 1, :speakers, false)"
                + " RETURNING id")
                .setParameter("n", n).setParameter("text", c.text()).setParameter("q", c.quotationId())
                .setParameter("seen", c.appeared()).setParameter("speakers", c.named() ? 1 : 0).getSingleResult();
        return ((Number) id).longValue();
    }
}
