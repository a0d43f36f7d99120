package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code as-put-it} rule ({@code sieve.rules.AsPutIt}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class AsPutItRuleTest {

    static final String RULE = "as-put-it";

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("as without put it is no frame",
                        "The mayor was seen, as the Valley Courier noted in May, as “the last honest broker.”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesAlone(String spec, String text) {
        assertLeavesAlone(RULE, text);
    }

    // "as X put it"
    @Test
    void asSomeonePutItAttributesTheWording() {
        AttributedQuotation q = only("The mayor was seen, as the Valley Courier put it, as “the last honest broker.”");
        assertEquals("the Valley Courier", mention(q));
        assertEquals("put it", q.cue().text());
    }

    // where a subject ends: verbs after nouns, clauses after "after"
    @Test
    void anAsideRightAfterTheQuoteNamesItsSpeaker() {
        AttributedQuotation q = last(body("Still, the fact that the race “is a dead heat right now,” as Ann Lee said on the "
                + "radio on Monday, only magnifies the stakes."));
        assertEquals("as-put-it", q.rule());
        assertEquals("Ann Lee", mention(q));
        assertEquals("said", q.cue().text());
    }

    @Test
    void anAsideWithItsOwnClauseIsNoFrame() {
        AttributedQuotation q = last(body("The race is “a dead heat,” as Ann Lee said she would prove later."));
        assertNotEquals("as-put-it", q.rule());
    }
}
