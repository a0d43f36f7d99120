package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code interrupted} rule ({@code sieve.rules.Interrupted}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class InterruptedRuleTest {

    @Test
    void anInterruptedQuoteGivesBothPartsOneSpeaker() {
        List<AttributedQuotation> qs = EX.extract("“We tried,” the farmer said, “but the river won.”");
        assertEquals(2, qs.size());
        assertEquals("interrupted", qs.get(1).rule());
        assertEquals("the farmer", mention(qs.get(1)));
    }

    @Test
    void aQuoteAfterAFullSentenceIsNotInterrupted() {
        List<AttributedQuotation> qs = EX.extract("“We tried,” the farmer said. Then the mayor arrived. “Nobody listens.”");
        assertNotEquals("interrupted", qs.get(1).rule());
    }
}
