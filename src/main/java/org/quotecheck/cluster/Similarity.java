package org.quotecheck.cluster;

import java.util.List;

/**
 * How close two normalised quotations are, in words: the Dice coefficient over their longest
 * common word subsequence, 2·LCS / (|a| + |b|). Word order counts (a reordered sentence is less
 * alike than a changed word) and a one-word change in a ten-word quotation still scores 0.9.
 * Bounded like {@link WordDiff}: longer inputs compare their first {@link WordDiff#MAX_WORDS} words.
 */
public final class Similarity {

    /** Two clusterable quotations at least this alike are the same words, drifted. */
    public static final double NEAR = 0.75;

    private Similarity() {
    }

    public static double words(String normalizedA, String normalizedB) {
        List<String> a = cap(normalizedA);
        List<String> b = cap(normalizedB);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[b.size()] / (a.size() + b.size());
    }

    /**
     * Whether two normalised texts can be {@link #NEAR} alike at all, from their lengths alone: the
     * common subsequence is at most the shorter one, so the score is at most 2·min / (|a| + |b|).
     * Counting spaces is far cheaper than splitting both and filling the table (the costliest Java
     * code of an ingest, for candidates that were never close).
     */
    public static boolean mayBeNear(String normalizedA, String normalizedB) {
        int a = Math.min(QuoteText.wordCount(normalizedA), WordDiff.MAX_WORDS);
        int b = Math.min(QuoteText.wordCount(normalizedB), WordDiff.MAX_WORDS);
        return a > 0 && b > 0 && 2.0 * Math.min(a, b) / (a + b) >= NEAR;
    }

    /** Near-duplicates: both clusterable and at least {@link #NEAR} alike. */
    public static boolean near(String normalizedA, String normalizedB) {
        return QuoteText.clusterable(normalizedA) && QuoteText.clusterable(normalizedB)
                && words(normalizedA, normalizedB) >= NEAR;
    }

    private static List<String> cap(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return List.of();
        }
        List<String> w = List.of(normalized.split(" "));
        return w.size() > WordDiff.MAX_WORDS ? w.subList(0, WordDiff.MAX_WORDS) : w;
    }
}
