package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows that concurrent ingests wrote are matched in memory by the same rule as the database look-ups. */
class KeyIndexTest {

    private static final String QUOTE = "the west wants to impose its own rules on every country that refuses to follow them";

    private static KeyIndex.Row row(long id, long cluster, String text) {
        return new KeyIndex.Row(id, cluster, QuoteText.normalize(text));
    }

    private static List<Long> clusters(KeyIndex index, String text) {
        return index.joinedBy(-1, QuoteText.normalize(text)).stream().map(KeyIndex.Row::clusterId).toList();
    }

    @Test
    void findsTheSameWordsANearDuplicateAndContainmentBothWays() {
        KeyIndex index = new KeyIndex(List.of(row(1, 10, QUOTE),
                row(2, 20, "Farmers in the valley want the new dam to follow the old river bed next spring")));
        assertEquals(List.of(10L), clusters(index, QUOTE.toUpperCase()), "the same words");
        assertEquals(List.of(10L), clusters(index, "The West wants to impose its rules on every country that refuses to follow them"),
                "a word dropped");
        assertEquals(List.of(10L), clusters(index, "impose its own rules on every country"), "a part of it");
        assertEquals(List.of(10L), clusters(index, "He said: " + QUOTE + ", and left the room without another word"),
                "it inside a longer quotation");
    }

    @Test
    void leavesUnrelatedQuotationsShortFragmentsAndItselfAlone() {
        KeyIndex index = new KeyIndex(List.of(row(1, 10, QUOTE)));
        assertEquals(List.of(), clusters(index, "Every country that refuses to pay its bills will be asked to leave the union"),
                "some words in common, not the same words");
        assertEquals(List.of(), clusters(index, "its own rules"), "a fragment too short to join by containment");
        assertEquals(List.of(), index.joinedBy(1, QuoteText.normalize(QUOTE)), "a row does not join itself");
        assertTrue(KeyIndex.joins(QuoteText.normalize("impose its own rules on every country"), QuoteText.normalize(QUOTE)));
        assertFalse(KeyIndex.joins(QuoteText.normalize("rules on every"), QuoteText.normalize(QUOTE)));
    }
}
