package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchKindTest {

    private static MatchKind kind(String claim, String stored) {
        return MatchKind.of(QuoteText.normalize(claim), QuoteText.normalize(stored));
    }

    static final String STORED = "The West wants to impose its own rules on the whole world, and we will not accept it";

    @Test
    void theSameWordsAreExactWhateverTheirMarks() {
        assertEquals(MatchKind.EXACT, kind("“the west WANTS to impose its own rules on the whole world — and we will"
                + " not accept it!”", STORED));
    }

    @Test
    void aViralFragmentIsInsideTheLongerQuotation() {
        assertEquals(MatchKind.CLAIM_INSIDE_QUOTATION, kind("the West wants to impose its own rules", STORED));
    }

    @Test
    void aLongerClaimContainsTheStoredQuotation() {
        assertEquals(MatchKind.QUOTATION_INSIDE_CLAIM, kind("Lavrov said: " + STORED + ". Everyone knows it.", STORED));
    }

    @Test
    void driftedWordingIsNear() {
        assertEquals(MatchKind.NEAR, kind("The West wants to impose its own rules on the entire world, and we will not"
                + " accept it", STORED));
    }

    @Test
    void shortPartsAndUnrelatedWordsDoNotMatch() {
        assertEquals(MatchKind.SAME_CLUSTER, kind("we will not accept it", STORED), "too short to be a part");
        assertEquals(MatchKind.SAME_CLUSTER, kind("The bridge will be rebuilt by the city next spring", STORED));
        assertFalse(MatchKind.SAME_CLUSTER.direct());
        assertTrue(MatchKind.NEAR.direct());
    }
}
