package org.quotecheck.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTextTest {

    @Test
    void caseAccentsQuoteMarksPunctuationAndWhitespaceAreFolded() {
        assertEquals("the west wants to impose its own rules",
                QuoteText.normalize("  “The West   wants to impose its OWN rules!” "));
        assertEquals("cafe naive dont", QuoteText.normalize("Café naïve — don’t"));
        assertEquals("dont", QuoteText.normalize("don't"));
        assertEquals("students fees", QuoteText.normalize("students’ fees"));
        assertEquals("well known", QuoteText.normalize("well-known"));
        assertEquals("2024 is 50", QuoteText.normalize("2024 is 50%"));
    }

    @Test
    void onlyPunctuationOrNothingNormalisesToEmpty() {
        assertEquals("", QuoteText.normalize("“…!?” — ‘’"));
        assertEquals("", QuoteText.normalize(""));
        assertEquals("", QuoteText.normalize(null));
        assertEquals(List.of(), QuoteText.words("  ...  "));
    }

    @Test
    void longEnoughQuotationsWithContentWordsCluster() {
        assertTrue(QuoteText.clusterable(QuoteText.normalize("The West wants to impose its own rules")));
        assertTrue(QuoteText.clusterable(QuoteText.normalize("We will rebuild the old bridge by spring")));
    }

    @Test
    void shortGenericOrStockFragmentsNeverCluster() {
        assertFalse(QuoteText.clusterable("no comment"));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("We have no comment at this time.")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("moderate")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("it is what it is and we will see")));
        assertFalse(QuoteText.clusterable(QuoteText.normalize("fake news media")), "three content words");
        assertFalse(QuoteText.clusterable(""));
    }

    @Test
    void containmentIsOnWordBoundaries() {
        assertTrue(QuoteText.containsWords("he said the west wants rules", "the west wants"));
        assertFalse(QuoteText.containsWords("he said the western wants rules", "the west"));
        assertFalse(QuoteText.containsWords("short", "a much longer text"));
    }

    @Test
    void leadsAreTheFourWordWindows() {
        assertEquals("a b c d", QuoteText.lead("a b c d e f"));
        assertEquals("a b", QuoteText.lead("a b"));
        assertEquals(List.of("a b c d", "b c d e", "c d e f"), QuoteText.leads("a b c d e f", 100));
        assertEquals(List.of("a b c d"), QuoteText.leads("a b c d e f", 1));
        assertEquals(List.of(), QuoteText.leads("a b c", 100));
    }
}
