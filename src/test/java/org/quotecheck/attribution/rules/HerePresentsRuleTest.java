package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code here-presents} rule ({@code sieve.rules.HerePresents}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class HerePresentsRuleTest {

    @Test
    void hereIsAPersonWithAColonPresentsTheirWords() {
        AttributedQuotation q = only("Here's Ana Ruiz in March 1998: “Ports are the lungs of this city.”");
        assertEquals("here-presents", q.rule());
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void hereIsAThingWithAColonPresentsNobody() {
        AttributedQuotation q = only("Here's the schedule for the weekend: “Doors open at nine.”");
        assertNotEquals("here-presents", q.rule());
    }
}
