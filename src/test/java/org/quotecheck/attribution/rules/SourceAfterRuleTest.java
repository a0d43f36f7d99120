package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code source-after} rule ({@code sieve.rules.SourceAfter}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class SourceAfterRuleTest extends RuleTable {

    static final String RULE = "source-after";

    SourceAfterRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("an outlet reporting the sentence is the source",
                        "Fans chanted, “Bring back the bridge,” waving banners, the Valley Courier reported.",
                        "the Valley Courier", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a reported clause that does not close the sentence names no source",
                        "Fans chanted, “Bring back the bridge,” waving banners the Valley Courier reported were homemade."));
    }

    @Test
    void aSourceNamedAfterTheQuoteTakesPrecedenceOverTheReportedFrame() {
        AttributedQuotation q = only("“The bridge stays shut,” the mayor said, according to the Valley Courier.");
        assertEquals("source-after", q.rule());
        assertEquals("the Valley Courier", mention(q));
        assertEquals("Jonas Berg", mention(only("The vote was “a formality,” according to Jonas Berg.")));
    }

    @Test
    void aSourceAfterAnotherQuotationOrInTheNextSentenceDoesNotCount() {
        List<AttributedQuotation> qs = EX.extract(
                "“The bridge stays shut,” the mayor said. “Repairs take a year,” according to the Valley Courier.");
        assertEquals("the mayor", mention(qs.get(0)));
        assertNotEquals("source-after", qs.get(0).rule());
        assertEquals("source-after", qs.get(1).rule());
    }
}
