package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code relative-mention} refinement ({@code org.quotecheck.attribution.sieve.RelativeMention}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class RelativeMentionRefinementTest {

    // relative-clause speakers
    @Test
    void aRelativeWhoIsTheMentionAndItsAntecedentTheName() {
        AttributedQuotation q = only("The plan was opposed by Nora Quint, who called it “a tax on the poor.”");
        assertEquals("who", mention(q));
        assertEquals("Nora Quint", q.speaker().name());
    }

    @Test
    void aNameThatOnlyStartsTheSentenceIsNoRelativeAntecedent() {
        AttributedQuotation q = only("Nora Quint called the plan “a tax on the poor.”");
        assertEquals("Nora Quint", mention(q));
    }

    // a relative "who" after an appositive
    @Test
    void aRelativeWhoAfterAnAppositiveNamesThePersonBeforeIt() {
        AttributedQuotation q = only("The vote was delayed by Marc Ode, the chief executive of the Urban League, who called it “a mistake.”");
        assertEquals("who", mention(q));
        assertEquals("Marc Ode", q.speaker().name());
    }

    @Test
    void aRelativeWhoAfterAPlainNameKeepsThatName() {
        AttributedQuotation q = only("The vote was delayed by the Urban League chief Marc Ode, who called it “a mistake.”");
        assertEquals("Marc Ode", q.speaker().name());
        AttributedQuotation r = only("The vote was delayed by the chief executive, who called it “a mistake.”");
        assertNull(r.speaker().name());
    }
}
