package org.quotecheck.clustering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quotecheck.cluster.QuoteText;
import org.quotecheck.cluster.Similarity;
import org.quotecheck.cluster.SpeakerGroups;

/**
 * Puts quotations into clusters of the same words across articles and keeps the clusters' counts
 * and conflict flags current, in the caller's transaction (ingest: {@link IngestClusters}).
 *
 * <p>A quotation joins, in this order: the cluster of a stored quotation with the same normalised
 * words; else of the most similar near duplicate (sketch candidates, then word similarity
 * ≥ {@link Similarity#NEAR}); else of a longer stored quotation that contains it or a shorter one
 * it contains (both sides at least {@link QuoteText#MIN_CONTAINED_WORDS} words). Otherwise it
 * starts a cluster. Quotations too short or generic ({@link QuoteText#clusterable}) get none.
 */
@ApplicationScoped
public class ClusterService {

    /** Candidates read per lookup: the work per quotation stays bounded however common its words. */
    static final int MAX_CANDIDATES = 20;

    /** Quotations read from the sketch index per sketch value of a near-duplicate lookup. */
    static final int SKETCH_PER_VALUE = 12;

    /** Sketch values of a quotation looked up for near duplicates (its smallest). */
    static final int NEAR_KEYS = 8;

    /** Near-duplicate candidates (most shared sketch values) whose word similarity is computed. */
    static final int NEAR_CANDIDATES = 40;

    /** Winnowed four-word runs of a claim looked up for the longer quotations containing it. */
    static final int SHINGLE_KEYS = 6;

    /** Stored quotations inside a longer one are found within its first 80 words, 2,000 runs at most. */
    static final int INNER_RUN_WORDS = 80, INNER_RUNS = 2_000;

    private final EntityManager em;
    private final Event<ClusterMerges.Written> written;
    private final TransactionSynchronizationRegistry transaction;
    private final ClusterLocks locks;

    ClusterService(EntityManager em, Event<ClusterMerges.Written> written, TransactionSynchronizationRegistry transaction,
            ClusterLocks locks) {
        this.em = em;
        this.written = written;
        this.transaction = transaction;
        this.locks = locks;
    }

    /** What a cluster's members say about who spoke: the groups of speakers after name resolution. */
    record Speakers(List<SpeakerGroups.Group> groups, Map<Long, Long> articlesBySpeaker) {
    }

    /**
     * Normalises and clusters the given stored quotations (of one article or one import batch) and
     * refreshes every cluster they joined.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(Collection<Long> quotationIds) {
        if (quotationIds.isEmpty()) {
            return;
        }
        Map<Long, String> normalized = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, text FROM quotation WHERE id IN (:ids) ORDER BY id")
                .setParameter("ids", quotationIds).getResultList()) {
            Object[] r = (Object[]) row;
            normalized.put(((Number) r[0]).longValue(), QuoteText.normalize((String) r[1]));
        }
        // Two ingests of the same new words take turns from here to their commit, so the second finds
        // the first's cluster instead of starting another. Keys in one order: no deadlock between them.
        TreeSet<String> keys = new TreeSet<>();
        normalized.values().stream().filter(QuoteText::clusterable).forEach(keys::add);
        lockKeys(keys);
        // what the look-ups below cannot see is compared after the commit (ClusterMerges)
        written().quotationIds().addAll(normalized.keySet());
        // A cluster started here is written with its counts; a cluster that quotations joined is
        // updated from them alone (see joined): most quotations are said once.
        TreeMap<Long, List<Long>> joined = new TreeMap<>();
        for (Map.Entry<Long, String> e : normalized.entrySet()) {
            String n = e.getValue();
            boolean clusterable = QuoteText.clusterable(n);
            Long cluster = null;
            if (clusterable) {
                Optional<Long> found = findCluster(e.getKey(), n);
                if (found.isPresent()) {
                    cluster = found.get();
                    joined.computeIfAbsent(cluster, k -> new ArrayList<>()).add(e.getKey());
                } else {
                    cluster = create(e.getKey(), n);
                }
            }
            em.createNativeQuery("UPDATE quotation SET normalized = :n, cluster_id = :c,"
                    + " sketch = CAST(:sketch AS integer[]), shingles = CAST(:shingles AS integer[]) WHERE id = :id")
                    .setParameter("n", n).setParameter("c", cluster)
                    .setParameter("sketch", QuoteText.sketchLiteral(clusterable ? QuoteText.sketch(n) : new int[0]))
                    .setParameter("shingles", QuoteText.sketchLiteral(clusterable ? QuoteText.shingles(n) : new int[0]))
                    .setParameter("id", e.getKey()).executeUpdate();
        }
        locks.lockLive(joined.keySet()); // all at once, in id order: concurrent ingests and merges lock alike
        joined.forEach(this::joined);
    }

    /**
     * This transaction's clustered quotations with the snapshot its look-ups see no less than, announced
     * once: one comparison after the commit covers an import batch.
     */
    ClusterMerges.Written written() {
        Object current = transaction.getResource(ClusterMerges.Written.class);
        if (current != null) {
            return (ClusterMerges.Written) current;
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT CAST(pg_current_snapshot() AS text),"
                + " CAST(pg_current_xact_id() AS text)").getSingleResult();
        ClusterMerges.Written w = new ClusterMerges.Written((String) row[0], (String) row[1], new ArrayList<>());
        transaction.putResource(ClusterMerges.Written.class, w);
        written.fire(w);
        return w;
    }

    /** Takes the locks that serialise ingests of the same new words; see {@link ClusterLocks#lockNewWords}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockKeys(java.util.SortedSet<String> normalizedTexts) {
        locks.lockNewWords(normalizedTexts);
    }

    /** The cluster a quotation with these normalised words joins, if any (read only). */
    Optional<Long> findCluster(long self, String n) {
        // the lowest of a bounded few: ordering all rows of a popular quotation read every one (0.6 ms)
        Object exact = em.createNativeQuery("SELECT min(cluster_id) FROM (SELECT cluster_id FROM quotation"
                + " WHERE normalized = :n AND cluster_id IS NOT NULL AND id <> :self LIMIT :max) s")
                .setParameter("n", n).setParameter("self", self).setParameter("max", MAX_CANDIDATES).getSingleResult();
        if (exact != null) {
            return Optional.of(((Number) exact).longValue());
        }
        Long best = null;
        double bestScore = 0;
        for (Candidate c : near(n, self)) {
            double score = Similarity.mayBeNear(n, c.normalized()) ? Similarity.words(n, c.normalized()) : 0;
            if (score >= Similarity.NEAR && score > bestScore) {
                best = c.clusterId();
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        int words = QuoteText.wordCount(n);
        for (Candidate c : containing(n, self)) {
            if (words >= QuoteText.MIN_CONTAINED_WORDS && QuoteText.containsWords(c.normalized(), n)) {
                return Optional.of(c.clusterId());
            }
        }
        for (Candidate c : containedIn(n, self)) {
            if (QuoteText.wordCount(c.normalized()) >= QuoteText.MIN_CONTAINED_WORDS
                    && QuoteText.clusterable(c.normalized()) && QuoteText.containsWords(n, c.normalized())) {
                return Optional.of(c.clusterId());
            }
        }
        return Optional.empty();
    }

    /** A stored, clustered quotation: candidate for a match. */
    public record Candidate(long quotationId, long clusterId, String normalized, double score) {
    }

    /**
     * Near-duplicate candidates by sketch value ({@link QuoteText#sketch}, {@link ClusterLookups#HOLDERS}):
     * for each of the {@link #NEAR_KEYS} smallest values at most {@link #SKETCH_PER_VALUE} quotations
     * holding it, the {@link #NEAR_CANDIDATES} that turned up for most values first; the caller decides by word
     * similarity. Near duplicates share most of their pairs; a quotation that merely uses a
     * common pair ("white house") shares one, and reading a bounded few per value keeps such a
     * pair from crowding out the rare pairs that find the real near duplicate (one capped read over
     * all values did, and computed a similarity for each of 500 rows: the costliest statement of an
     * ingest). A trigram search alone reads every quotation that shares enough letter trigrams,
     * which common words make most of them (52 s on a million quotations).
     */
    public List<Candidate> near(String n, long self) {
        // the smallest values of two near duplicates' sketches are mostly the same: eight find them
        int[] sketch = QuoteText.sketch(n);
        sketch = java.util.Arrays.copyOf(sketch, Math.min(sketch.length, NEAR_KEYS));
        if (sketch.length == 0) {
            return List.of();
        }
        return candidates(em.createNativeQuery("SELECT id, cluster_id, normalized, count(*) AS shared"
                + " FROM unnest(CAST(:sketch AS integer[])) v, LATERAL (" + ClusterLookups.HOLDERS + " AND q.id <> :self"
                + " ORDER BY s.quotation_id LIMIT :per) q GROUP BY id, cluster_id, normalized ORDER BY shared DESC, id LIMIT :max")
                .setParameter("sketch", QuoteText.sketchLiteral(sketch)).setParameter("self", self)
                .setParameter("per", SKETCH_PER_VALUE).setParameter("max", NEAR_CANDIDATES).getResultList());
    }

    /**
     * Longer stored quotations that contain these words: those holding a few of its four-word runs
     * spread over it ({@link QuoteText#shingleKeys}, GIN index), confirmed by the caller with
     * {@link QuoteText#containsWords}. Empty for fewer than {@link QuoteText#MIN_CONTAINED_WORDS} words.
     */
    public List<Candidate> containing(String n, long self) {
        int[] keys = QuoteText.shingleKeys(n, SHINGLE_KEYS);
        if (keys.length == 0) {
            return List.of();
        }
        return candidates(em.createNativeQuery("SELECT id, cluster_id, normalized, 0.0 FROM quotation"
                + " WHERE shingles @> CAST(:keys AS integer[]) AND cluster_id IS NOT NULL AND id <> :self"
                + " AND length(normalized) > :len ORDER BY id LIMIT :max")
                .setParameter("keys", QuoteText.sketchLiteral(keys)).setParameter("len", n.length())
                .setParameter("self", self).setParameter("max", MAX_CANDIDATES).getResultList());
    }

    /**
     * Shorter stored quotations that lie inside these words: those whose words are one of its runs
     * of {@link QuoteText#MIN_CONTAINED_WORDS} words or more ({@link QuoteText#innerRuns}, looked up
     * on the hash index of the words), longest first. By the first four words instead, a common
     * beginning ("we are going to") read thousands of rows per look-up (23 ms at ~70,000 quotations).
     */
    public List<Candidate> containedIn(String n, long self) {
        List<String> runs = QuoteText.innerRuns(n, QuoteText.MIN_CONTAINED_WORDS, INNER_RUN_WORDS, INNER_RUNS);
        if (runs.isEmpty()) {
            return List.of();
        }
        return candidates(em.createNativeQuery("SELECT id, cluster_id, normalized, 0.0 FROM quotation"
                + " WHERE normalized = ANY(CAST(:runs AS text[])) AND cluster_id IS NOT NULL AND id <> :self"
                + " ORDER BY length(normalized) DESC, id LIMIT :max") // an array: one statement text to prepare
                .setParameter("runs", runs.toArray(String[]::new)).setParameter("self", self)
                .setParameter("max", MAX_CANDIDATES * 5).getResultList());
    }

    private static List<Candidate> candidates(List<?> rows) {
        List<Candidate> out = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new Candidate(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    ((Number) r[3]).doubleValue()));
        }
        return out;
    }

    /** A cluster of one: the quotation is its first appearance, and its speaker (if named) the only one. */
    private long create(long quotationId, String n) {
        Object id = em.createNativeQuery("INSERT INTO quote_cluster (normalized, representative, first_quotation_id,"
                + " first_seen_at, member_count, speaker_count, conflict)"
                + " SELECT :n, q.text, q.id, coalesce(a.published_at, a.ingested_at), 1,"
                + " CASE WHEN q.speaker_id IS NULL THEN 0 ELSE 1 END, false"
                + " FROM quotation q JOIN article a ON a.id = q.article_id WHERE q.id = :q RETURNING id")
                .setParameter("n", n).setParameter("q", quotationId).getSingleResult();
        return ((Number) id).longValue();
    }

    /**
     * Counts {@code members} into a cluster without reading all its members (a quotation repeated in
     * thousands of articles must not slow each ingest): the member count grows by them, the first
     * appearance changes if one is earlier, speakers are regrouped only when one names a speaker
     * no counted member has. Under the row lock ({@link ClusterFolds#fold} after an ingest).
     */
    void joined(long clusterId, List<Long> members) {
        Long live = locks.lockLive(List.of(clusterId)).get(clusterId);
        if (live == null) {
            return;
        }
        if (live != clusterId) {
            refresh(clusterId); // merged meanwhile (rare): the members follow the others, counted in full
            return;
        }
        Object[] current = (Object[]) em.createNativeQuery("SELECT first_seen_at, first_quotation_id FROM quote_cluster"
                + " WHERE id = :c").setParameter("c", clusterId).getSingleResult();
        Instant firstSeen = instant(current[0]);
        Long firstId = current[1] == null ? null : ((Number) current[1]).longValue();
        Object[] earliest = (Object[]) em.createNativeQuery("SELECT q.id, q.text, q.normalized,"
                + " coalesce(a.published_at, a.ingested_at) FROM quotation q JOIN article a ON a.id = q.article_id"
                + " WHERE q.id IN (:ids) ORDER BY coalesce(a.published_at, a.ingested_at), q.id LIMIT 1")
                .setParameter("ids", members).getSingleResult();
        Instant seen = instant(earliest[3]);
        long id = ((Number) earliest[0]).longValue();
        boolean earlier = firstSeen == null || seen.isBefore(firstSeen) || seen.equals(firstSeen) && firstId != null && id < firstId;
        // a speaker is new unless a member already counted has it (one still waiting in cluster_join is not)
        boolean newSpeaker = !em.createNativeQuery("SELECT 1 FROM quotation n WHERE n.id IN (:ids)"
                + " AND n.speaker_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM quotation o WHERE o.cluster_id = :c"
                + " AND o.speaker_id = n.speaker_id AND o.id NOT IN (:ids)"
                + " AND NOT EXISTS (SELECT 1 FROM cluster_join j WHERE j.quotation_id = o.id)) LIMIT 1")
                .setParameter("ids", members).setParameter("c", clusterId).getResultList().isEmpty();
        StringBuilder sql = new StringBuilder("UPDATE quote_cluster SET member_count = member_count + :m, updated_at = now()");
        if (earlier) {
            sql.append(", first_quotation_id = :fq, representative = :rep, normalized = :norm, first_seen_at = :fs");
        }
        int speakerCount = 0;
        if (newSpeaker) {
            speakerCount = speakers(clusterId).groups().size();
            sql.append(", speaker_count = :s, conflict = :conflict");
        }
        var update = em.createNativeQuery(sql.append(" WHERE id = :c").toString())
                .setParameter("m", members.size()).setParameter("c", clusterId);
        if (earlier) {
            update.setParameter("fq", id).setParameter("rep", (String) earliest[1])
                    .setParameter("norm", (String) earliest[2]).setParameter("fs", seen);
        }
        if (newSpeaker) {
            update.setParameter("s", speakerCount).setParameter("conflict", speakerCount > 1);
        }
        update.executeUpdate();
    }

    /**
     * Recomputes a cluster's member count, first appearance, speakers and conflict flag from its
     * members. The row lock makes a concurrent refresh wait and then read this one's members.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long clusterId) {
        Long live = locks.lockLive(List.of(clusterId)).get(clusterId);
        if (live == null) {
            return;
        }
        if (live != clusterId) {
            // merged while this transaction was adding a member: the member follows the others
            em.createNativeQuery("UPDATE quotation SET cluster_id = :into WHERE cluster_id = :c")
                    .setParameter("into", live).setParameter("c", clusterId).executeUpdate();
            clusterId = live;
        }
        // counted in full: members still waiting in cluster_join (ClusterFolds) are counted here, in
        // the same snapshot as their rows are deleted, so that no fold counts them again
        long members = ((Number) em.createNativeQuery("WITH counted AS (DELETE FROM cluster_join j USING quotation q"
                + " WHERE q.id = j.quotation_id AND q.cluster_id = :c RETURNING 1)"
                + " SELECT count(*) FROM quotation WHERE cluster_id = :c")
                .setParameter("c", clusterId).getSingleResult()).longValue();
        List<?> first = em.createNativeQuery("SELECT q.id, q.text, q.normalized, coalesce(a.published_at, a.ingested_at)"
                + " FROM quotation q JOIN article a ON a.id = q.article_id WHERE q.cluster_id = :c"
                + " ORDER BY coalesce(a.published_at, a.ingested_at), q.id LIMIT 1")
                .setParameter("c", clusterId).getResultList();
        Speakers speakers = speakers(clusterId);
        int speakerCount = speakers.groups().size();
        var update = em.createNativeQuery("UPDATE quote_cluster SET member_count = :m, speaker_count = :s,"
                + " conflict = :conflict, first_quotation_id = :fq, representative = coalesce(:rep, representative),"
                + " normalized = coalesce(:norm, normalized), first_seen_at = :fs, updated_at = now() WHERE id = :c")
                .setParameter("m", members).setParameter("s", speakerCount).setParameter("conflict", speakerCount > 1)
                .setParameter("c", clusterId);
        if (first.isEmpty()) {
            update.setParameter("fq", null).setParameter("rep", null).setParameter("norm", null)
                    .setParameter("fs", null);
        } else {
            Object[] f = (Object[]) first.get(0);
            update.setParameter("fq", ((Number) f[0]).longValue()).setParameter("rep", (String) f[1])
                    .setParameter("norm", (String) f[2]).setParameter("fs", instant(f[3]));
        }
        update.executeUpdate();
    }

    /** The clusters' speakers grouped after name resolution, with how many articles give each speaker row. */
    Speakers speakers(long clusterId) {
        Map<Long, String[]> rows = new LinkedHashMap<>();
        Map<Long, Long> articles = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT s.id, s.name, s.name_key, count(DISTINCT q.article_id)"
                + " FROM quotation q JOIN speaker s ON s.id = q.speaker_id WHERE q.cluster_id = :c"
                + " GROUP BY s.id, s.name, s.name_key ORDER BY s.id").setParameter("c", clusterId).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            rows.put(id, new String[] {(String) r[1], (String) r[2]});
            articles.put(id, ((Number) r[3]).longValue());
        }
        return new Speakers(SpeakerGroups.of(names(rows)), articles);
    }

    /** Speaker rows with their alias keys, for {@link SpeakerGroups}. */
    public List<SpeakerGroups.Name> names(Map<Long, String[]> rows) {
        Map<Long, Set<String>> aliases = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object row : em.createNativeQuery("SELECT speaker_id, alias_key FROM speaker_alias"
                    + " WHERE speaker_id IN (:ids)").setParameter("ids", rows.keySet()).getResultList()) {
                Object[] r = (Object[]) row;
                aliases.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.HashSet<>()).add((String) r[1]);
            }
        }
        List<SpeakerGroups.Name> names = new ArrayList<>();
        rows.forEach((id, r) -> names.add(new SpeakerGroups.Name(id, r[0], r[1], aliases.getOrDefault(id, Set.of()))));
        return names;
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant i ? i : value instanceof OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
