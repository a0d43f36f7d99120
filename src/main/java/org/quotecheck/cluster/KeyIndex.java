package org.quotecheck.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few clustered quotations indexed in memory by the keys the database indexes them by (exact
 * words, {@link QuoteText#sketch} values, {@link QuoteText#shingles}), answering which of them a
 * quotation would join: the same rule as an ingest's look-ups ({@link #joins}), over rows that
 * the look-ups could not see. Used after a commit to compare an ingest's quotations with those
 * that concurrent ingests committed meanwhile, instead of repeating every look-up in the database.
 */
public final class KeyIndex {

    /** A clustered quotation. */
    public record Row(long quotationId, long clusterId, String normalized) {
    }

    private final Map<String, List<Row>> byWords = new HashMap<>();
    private final Map<Integer, List<Row>> bySketch = new HashMap<>();
    private final Map<Integer, List<Row>> byShingle = new HashMap<>();

    public KeyIndex(List<Row> rows) {
        rows.forEach(this::add);
    }

    /** Indexes one more row. */
    public void add(Row r) {
        byWords.computeIfAbsent(r.normalized(), k -> new ArrayList<>()).add(r);
        for (int v : QuoteText.sketch(r.normalized())) {
            bySketch.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
        }
        for (int v : QuoteText.shingles(r.normalized())) {
            byShingle.computeIfAbsent(v, k -> new ArrayList<>()).add(r);
        }
    }

    /** The indexed rows that a quotation with these normalised words would join, other than itself. */
    public List<Row> joinedBy(long quotationId, String normalized) {
        Set<Row> candidates = new LinkedHashSet<>(byWords.getOrDefault(normalized, List.of()));
        for (int v : QuoteText.sketch(normalized)) {
            candidates.addAll(bySketch.getOrDefault(v, List.of()));
        }
        // the longer text of a containment holds every winnowed run of the shorter one: one is enough to meet
        for (int v : QuoteText.shingles(normalized)) {
            candidates.addAll(byShingle.getOrDefault(v, List.of()));
        }
        List<Row> out = new ArrayList<>();
        for (Row r : candidates) {
            if (r.quotationId() != quotationId && joins(normalized, r.normalized())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Whether a clusterable quotation with normalised words {@code n} joins the cluster of a stored
     * clusterable quotation with words {@code stored}: the same words; near duplicates (word
     * similarity at least {@link Similarity#NEAR}); or one inside the other on word boundaries, the
     * inner one at least {@link QuoteText#MIN_CONTAINED_WORDS} words long.
     */
    public static boolean joins(String n, String stored) {
        if (n.equals(stored)) {
            return true;
        }
        if (Similarity.mayBeNear(n, stored) && Similarity.words(n, stored) >= Similarity.NEAR) {
            return true;
        }
        if (QuoteText.wordCount(n) >= QuoteText.MIN_CONTAINED_WORDS && QuoteText.containsWords(stored, n)) {
            return true;
        }
        return QuoteText.wordCount(stored) >= QuoteText.MIN_CONTAINED_WORDS && QuoteText.clusterable(stored)
                && QuoteText.containsWords(n, stored);
    }
}
