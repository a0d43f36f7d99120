package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code passive-agent} rule ({@code sieve.rules.PassiveAgent}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class PassiveAgentRuleTest {

    @Test
    void theAgentOfAPassiveNamingVerbSaidTheQuotation() {
        AttributedQuotation q = only("The ferry plan, an option seen by harbour pilots as a “last resort,” was shelved.");
        assertEquals("passive-agent", q.rule());
        assertEquals("harbour pilots", mention(q));
        assertEquals("seen", q.cue().text());
    }

    @Test
    void theAgentMayFollowTheQuotation() {
        AttributedQuotation q = only("The new stadium, long derided as a “white elephant” by local taxpayers, finally opened.");
        assertEquals("passive-agent", q.rule());
        assertEquals("local taxpayers", mention(q));
        AttributedQuotation as = only("The audit was “thorough but late,” as described by the state comptroller.");
        assertEquals("passive-agent", as.rule());
        assertEquals("the state comptroller", mention(as));
    }

    @Test
    void aPassiveParticipleRightBeforeTheQuotationTakesTheByPhraseAfterIt() {
        AttributedQuotation q = only("The tax has been called “a gift to landlords” by several economists.");
        assertEquals("passive-agent", q.rule());
        assertEquals("several economists", mention(q));
    }

    @Test
    void aTrailingAsDescribedByPhraseReachesBackOverTheRestOfTheClause() {
        AttributedQuotation q = only("The agency was “grossly negligent” in its handling of the files, as described by the inspector general.");
        assertEquals("passive-agent", q.rule());
        assertEquals("the inspector general", mention(q));
    }

    @Test
    void aByPhraseOfTimeOrMeansIsNoAgent() {
        AttributedQuotation q = only("By the time the vote came, the plan was known as “Option B.”");
        assertNotEquals("passive-agent", q.rule());
        AttributedQuotation built = only("The bridge was built by engineers from Oslo as a “temporary” crossing.");
        assertNull(built.speaker());
    }
}
