package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code passive-agent} rule ({@code sieve.rules.PassiveAgent}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class PassiveAgentRuleTest {

    static final String RULE = "passive-agent";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("the agent of a passive naming verb said the quotation",
                        "The ferry plan, an option seen by harbour pilots as a “last resort,” was shelved.",
                        "harbour pilots", "seen"),
                Arguments.of("a passive participle right before the quotation takes the by phrase after it",
                        "The tax has been called “a gift to landlords” by several economists.",
                        "several economists", null),
                Arguments.of("a trailing as described by phrase reaches back over the rest of the clause",
                        "The agency was “grossly negligent” in its handling of the files, as described by the inspector general.",
                        "the inspector general", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
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
    void aByPhraseOfTimeOrMeansIsNoAgent() {
        AttributedQuotation q = only("By the time the vote came, the plan was known as “Option B.”");
        assertNotEquals("passive-agent", q.rule());
        AttributedQuotation built = only("The bridge was built by engineers from Oslo as a “temporary” crossing.");
        assertNull(built.speaker());
    }
}
