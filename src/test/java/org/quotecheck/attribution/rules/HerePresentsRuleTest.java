package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code here-presents} rule ({@code sieve.rules.HerePresents}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class HerePresentsRuleTest {

    static final String RULE = "here-presents";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("here is a person with a colon presents their words",
                        "Here's Ana Ruiz in March 1998: “Ports are the lungs of this city.”",
                        "Ana Ruiz", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("here is a thing with a colon presents nobody",
                        "Here's the schedule for the weekend: “Doors open at nine.”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesAlone(String spec, String text) {
        assertLeavesAlone(RULE, text);
    }
}
