package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertDecides(RULE, text, speaker, cue);
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
        assertLeavesAlone(RULE, text);
    }
}
