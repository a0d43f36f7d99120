package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertLeavesAlone;
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
 * The {@code name-colon} rule ({@code sieve.rules.NameColon}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class NameColonRuleTest {

    static final String RULE = "name-colon";

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a colon after a phrase that is no name is no name colon",
                        "Here is the sign on the door at the old mill: “Closed until further notice.”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leavesAlone(String spec, String text) {
        assertLeavesAlone(RULE, text);
    }

    @Test
    void aNameAndAColonIntroduceAQuote() {
        AttributedQuotation q = only("Sen. Dana Whitfield: “We will not fold on this bill.”");
        assertEquals("name-colon", q.rule());
        assertEquals("Dana Whitfield", q.speaker().name());
        assertEquals("Sen.", q.speaker().role());
    }

    // a name after a dash or "from" introduces a quote with a colon
    @Test
    void aNameAfterADashOrFromBeforeAColonSpeaks() {
        assertEquals("Ann Roe", mention(only("Pollsters agree - Ann Roe: “Keep calling voters until the last day.”")));
        assertEquals("Roe", mention(only("More from Roe: “The sample was far too small.”")));
    }

    @Test
    void aCommonNounBeforeAMidSentenceColonIsNoSpeaker() {
        AttributedQuotation q = only("Voters saw one slogan on every wall - the motto: “Keep calling voters.”");
        assertNotEquals("the motto", mention(q));
    }
}
