package org.quotecheck.attribution.rules;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The {@code chant-object} rule ({@code sieve.rules.ChantObject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ChantObjectRuleTest extends RuleTable {

    static final String RULE = "chant-object";

    ChantObjectRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("the subject that takes up a chant chants it",
                        "Boos rose when the mayor spoke, and at one point the crowd loudly reprised the chant “Open the gates now!”",
                        "the crowd", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a chant someone is met with is not theirs",
                        "The mayor was met with angry chants of “resign now” at the door."));
    }
}
