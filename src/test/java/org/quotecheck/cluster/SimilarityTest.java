package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    private static String n(String s) {
        return QuoteText.normalize(s);
    }

    @Test
    void identicalWordsScoreOneAndDisjointZero() {
        assertEquals(1.0, Similarity.words(n("The West wants rules"), n("the west, wants RULES")));
        assertEquals(0.0, Similarity.words(n("alpha beta"), n("gamma delta")));
        assertEquals(0.0, Similarity.words("", n("gamma")));
    }

    @Test
    void driftedWordingIsNear() {
        assertTrue(Similarity.near(n("The West wants to impose its own rules on everyone"),
                n("The West wants to impose its rules on everybody")));
    }

    @Test
    void differentStatementsOrShortFragmentsAreNotNear() {
        assertFalse(Similarity.near(n("The West wants to impose its own rules on everyone"),
                n("The bridge will be rebuilt by the city next spring")));
        assertFalse(Similarity.near(n("no comment"), n("no comment")), "too short to cluster");
        assertFalse(Similarity.near(n("We will rebuild it 1234"), n("We will rebuild it 5678")),
                "two content words and a number");
    }

    @Test
    void wordOrderCounts() {
        double reordered = Similarity.words(n("rules impose to wants west the"), n("the west wants to impose rules"));
        assertTrue(reordered < Similarity.NEAR, "reordered " + reordered);
    }
}
