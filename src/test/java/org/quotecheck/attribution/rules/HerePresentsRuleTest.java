package org.quotecheck.attribution.rules;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The {@code here-presents} rule ({@code sieve.rules.HerePresents}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class HerePresentsRuleTest extends RuleTable {

    static final String RULE = "here-presents";

    HerePresentsRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("here is a person with a colon presents their words",
                        "Here's Ana Ruiz in March 1998: “Ports are the lungs of this city.”",
                        "Ana Ruiz", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("here is a thing with a colon presents nobody",
                        "Here's the schedule for the weekend: “Doors open at nine.”"));
    }
}
