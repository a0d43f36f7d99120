package org.quotecheck.attribution.rules;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The {@code according-to} rule ({@code sieve.rules.AccordingTo}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class AccordingToRuleTest extends RuleTable {

    static final String RULE = "according-to";

    AccordingToRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("according to names the source",
                        "According to Jonas Berg, the vote was “a formality.”",
                        "Jonas Berg", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("according to in another sentence does not count",
                        "According to Jonas Berg, the vote is Monday. The rest was “a formality for everyone involved.”"));
    }
}
