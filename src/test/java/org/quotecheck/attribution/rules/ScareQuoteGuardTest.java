package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code scare-quote} guard ({@code org.quotecheck.attribution.sieve.ScareQuote}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class ScareQuoteGuardTest {

    @Test
    void aScareQuoteHasNoSpeaker() {
        AttributedQuotation q = only("Okonkwo was proud of the so-called “reform” all the same.");
        assertNull(q.speaker());
        assertEquals("none", q.rule());
    }

    // clause-subject for one-word quotations
    @Test
    void aOneWordQuoteBelongsToAPersonSubjectOfItsClause() {
        AttributedQuotation q = only("Council debates the bridge.\n\nIn turn, Okonkwo was “furious” about the plans.");
        assertEquals("clause-subject", q.rule());
        assertEquals("Okonkwo", mention(q));
    }

    @Test
    void aOneWordQuoteAfterAThingAsSubjectIsATermNobodySays() {
        assertNull(only("Council debates the bridge.\n\nIn turn, the plan was “reckless” in several ways.").speaker());
        assertNull(only("In turn, Okonkwo was “furious” about the plans.").speaker(), "a headline paragraph frames nothing");
    }
}
