package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code dash} rule ({@code sieve.rules.Dash}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DashRuleTest extends RuleTable {

    static final String RULE = "dash";

    DashRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("a dash and a name after the quote attribute it",
                        "“Never give up on a neighbour.” — Rosa Delgado",
                        "Rosa Delgado", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a dash that continues the sentence is no attribution",
                        "The sign read “Never give up on a neighbour” - Delgado liked it a lot."));
    }

    @Test
    void aHorizontalBarAndANameAttributeTheQuote() {
        AttributedQuotation q = only("“We came for the schools.” ― Rosa Delgado");
        assertEquals("Rosa Delgado", mention(q));
    }
}
