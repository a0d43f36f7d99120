package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code chant-object} rule ({@code sieve.rules.ChantObject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ChantObjectRuleTest {

    static final String RULE = "chant-object";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("the subject that takes up a chant chants it",
                        "Boos rose when the mayor spoke, and at one point the crowd loudly reprised the chant “Open the gates now!”",
                        "the crowd", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        AttributedQuotation q = only(text);
        assertEquals(RULE, q.rule());
        assertEquals(speaker, mention(q));
        if (cue != null) {
            assertEquals(cue, q.cue().text());
        }
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a chant someone is met with is not theirs",
                        "The mayor was met with angry chants of “resign now” at the door."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesAlone(String spec, String text) {
        assertNotEquals(RULE, only(text).rule());
    }
}
