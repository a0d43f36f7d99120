package org.quotecheck.cluster;

/**
 * How a stored quotation matches a claim, both normalised ({@link QuoteText#normalize}), from the
 * closest to the loosest. Containment needs a part of at least {@link QuoteText#MIN_CONTAINED_WORDS}
 * words that is specific enough to cluster, so "we will" is never "contained" in anything.
 */
public enum MatchKind {
    /** the same words after normalising case, accents, punctuation, quote marks and whitespace */
    EXACT,
    /** the claim is part of a longer stored quotation */
    CLAIM_INSIDE_QUOTATION,
    /** the stored quotation is part of a longer claim */
    QUOTATION_INSIDE_CLAIM,
    /** near duplicate: word similarity at least {@link Similarity#NEAR} */
    NEAR,
    /** in the cluster of a match, drifted further from the claim */
    SAME_CLUSTER;

    /** How {@code stored} matches {@code claim}; {@link #SAME_CLUSTER} when it does not by itself. */
    public static MatchKind of(String claim, String stored) {
        if (claim.equals(stored)) {
            return EXACT;
        }
        if (containable(claim) && QuoteText.containsWords(stored, claim)) {
            return CLAIM_INSIDE_QUOTATION;
        }
        if (containable(stored) && QuoteText.containsWords(claim, stored)) {
            return QUOTATION_INSIDE_CLAIM;
        }
        if (Similarity.near(claim, stored)) {
            return NEAR;
        }
        return SAME_CLUSTER;
    }

    /** Whether this kind matches by itself (everything but {@link #SAME_CLUSTER}). */
    public boolean direct() {
        return this != SAME_CLUSTER;
    }

    /** Long and specific enough to count as a part of another text. */
    public static boolean containable(String normalized) {
        return QuoteText.wordCount(normalized) >= QuoteText.MIN_CONTAINED_WORDS && QuoteText.clusterable(normalized);
    }
}
