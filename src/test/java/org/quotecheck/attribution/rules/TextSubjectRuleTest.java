package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code text-subject} rule ({@code sieve.rules.TextSubject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class TextSubjectRuleTest {

    static final String RULE = "text-subject";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("the issuer named in the texts by phrase speaks instead",
                        "An email sent out by Ana Ruiz on Monday warned of a long fight: “We are outspent.”",
                        "Ana Ruiz", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
    }

    @Test
    void aTextThatIsTheSubjectOfTheClauseSpeaks() {
        AttributedQuotation q = only("Ana Ruiz's letter puts it bluntly: “The ferry must stay public.”");
        assertEquals("text-subject", q.rule());
        assertEquals("Ana Ruiz's letter", mention(q));
        AttributedQuotation ad = only("The new ad targets the mayor for “selling the harbour to the highest bidder.”");
        assertEquals("text-subject", ad.rule());
        assertEquals("The new ad", mention(ad));
    }

    @Test
    void aShortTermAfterAnOrdinaryVerbIsNoTextsWording() {
        AttributedQuotation q = only("The report marked a “turning point” for the agency.");
        assertNotEquals("text-subject", q.rule());
        AttributedQuotation opener = only("With cable news carrying the hearing, it opened with a “countdown clock” on screen.");
        assertNull(opener.speaker());
    }
}
