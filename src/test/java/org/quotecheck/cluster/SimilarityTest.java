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

    @Test
    void lengthsAloneRuleOutPairsThatCannotBeNear() {
        assertTrue(Similarity.mayBeNear("a b c d e f g h", "a b c d e f g"), "8 and 7 words: up to 0.93");
        assertTrue(Similarity.mayBeNear("a b c d e f", "x y z w v u t s"), "6 and 8 words: up to 0.86, by length");
        assertFalse(Similarity.mayBeNear("a b c d", "a b c d e f g h i j"), "4 and 10 words: at most 0.57");
        assertFalse(Similarity.mayBeNear("", "a b c"));
    }

    @Test
    void theLengthBoundNeverRulesOutANearPair() {
        java.util.Random random = new java.util.Random(11);
        String[] vocabulary = "the west wants to impose its own rules on everyone else now".split(" ");
        for (int i = 0; i < 20_000; i++) {
            String a = randomWords(random, vocabulary), b = randomWords(random, vocabulary);
            if (Similarity.words(a, b) >= Similarity.NEAR) {
                assertTrue(Similarity.mayBeNear(a, b), a + " | " + b);
            }
        }
    }

    private static String randomWords(java.util.Random random, String[] vocabulary) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            b.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return b.toString();
    }
}
