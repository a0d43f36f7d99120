package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code dash} rule ({@code sieve.rules.Dash}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DashRuleTest {

    static final String RULE = "dash";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("a dash and a name after the quote attribute it",
                        "“Never give up on a neighbour.” — Rosa Delgado",
                        "Rosa Delgado", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a dash that continues the sentence is no attribution",
                        "The sign read “Never give up on a neighbour” - Delgado liked it a lot."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesAlone(String spec, String text) {
        assertLeavesAlone(RULE, text);
    }

    @Test
    void aHorizontalBarAndANameAttributeTheQuote() {
        AttributedQuotation q = only("“We came for the schools.” ― Rosa Delgado");
        assertEquals("Rosa Delgado", mention(q));
    }
}
