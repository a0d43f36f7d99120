package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code sentence-frame} rule ({@code sieve.rules.SentenceFrame}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class SentenceFrameRuleTest extends RuleTable {

    static final String RULE = "sentence-frame";

    SentenceFrameRuleTest() {
        super(RULE);
    }

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("a frame at the end of the sentence attributes a partial quote",
                        "The city has used “soft power” in its dealings with the suburbs, said Ines Mora, a planner.",
                        "Ines Mora", null));
    }

    /** Sentences the rule must leave to other steps. */
    static Stream<Arguments> leavesAlone() {
        return Stream.of(
                Arguments.of("a frame in another sentence is no sentence frame",
                        "The city has used “soft power” with the suburbs. Ines Mora said so."),
                Arguments.of("a non inverted frame far from the sentence end is no frame",
                        "The mill brings “a real lift” to the valley, and the town said the" + " regional development office in the northern district of the county would pay for the new road."));
    }

    @Test
    void aFrameAtTheSentenceEndGovernsEveryPartialQuoteBeforeIt() {
        List<AttributedQuotation> qs = EX.extract("The grant will bring “a real lift” to the town and “new hope” to its farmers,"
                + " county spokesman Omar Haddad said.");
        assertEquals(2, qs.size());
        assertEquals("county spokesman Omar Haddad", mention(qs.get(0)));
        assertEquals("county spokesman Omar Haddad", mention(qs.get(1)));
    }

    @Test
    void aLaterQuotationWithItsOwnFrameStopsTheSentenceFrame() {
        List<AttributedQuotation> qs = EX.extract("The grant brings “a real lift” to the town, “and more,” Mara Lind said,"
                + " which the mayor denied.");
        assertEquals("Mara Lind", mention(qs.get(1)));
        assertNotEquals("the mayor", mention(qs.get(0)));
    }

    @Test
    void anInvertedSaidMayCarryALongAppositive() {
        AttributedQuotation q = only("The mill will bring “a real lift” to the valley, said Grace Holloway,"
                + " director of the regional development office in the northern district of the county.");
        assertEquals("Grace Holloway", mention(q));
    }
}
