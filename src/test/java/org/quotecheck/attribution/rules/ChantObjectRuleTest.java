package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code chant-object} rule ({@code sieve.rules.ChantObject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ChantObjectRuleTest {

    @Test
    void theSubjectThatTakesUpAChantChantsIt() {
        AttributedQuotation q = only("Boos rose when the mayor spoke, and at one point the crowd loudly reprised the chant “Open the gates now!”");
        assertEquals("chant-object", q.rule());
        assertEquals("the crowd", mention(q));
    }

    @Test
    void aChantSomeoneIsMetWithIsNotTheirs() {
        AttributedQuotation q = only("The mayor was met with angry chants of “resign now” at the door.");
        assertNotEquals("chant-object", q.rule());
    }
}
