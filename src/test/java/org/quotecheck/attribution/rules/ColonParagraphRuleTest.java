package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code colon-paragraph} rule ({@code sieve.rules.ColonParagraph}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ColonParagraphRuleTest {

    @Test
    void aParagraphEndingInAColonIntroducesTheNextQuoteOnlyParagraph() {
        List<AttributedQuotation> qs = EX.extract("Councillor Ines Mora then listed her three demands:\n\n"
                + "“Fix the roads. Open the library. Hire two more nurses.”\n\n“And do it this year.”");
        assertEquals("colon-paragraph", qs.get(0).rule());
        assertEquals("Ines Mora", qs.get(0).speaker().name());
        assertEquals("Ines Mora", qs.get(1).speaker().name());
    }

    @Test
    void aColonParagraphThatAlreadyQuotesSomeoneIntroducesNothing() {
        List<AttributedQuotation> qs = EX.extract("The sign at the gate says “closed” and below it:\n\n“No entry after dark for anyone at all.”");
        assertNotEquals("colon-paragraph", qs.get(1).rule());
    }

    // a capitalised speech verb opening the sentence, a name after it
    @Test
    void anOpeningInvertedVerbBeforeAColonIntroducesTheNextParagraph() {
        List<AttributedQuotation> qs = EX.extract("The host asked about the bridge.\n\nContinued Lind:\n\n“We will fund it in full next year.”");
        assertEquals("Lind", mention(qs.get(qs.size() - 1)));
        assertEquals("Continued", qs.get(qs.size() - 1).cue().text());
    }

    @Test
    void anOpeningParticipleIsNoInvertedFrame() {
        AttributedQuotation q = only("Asked Monday about the bridge, the crowd chanted “fund it now.”");
        assertNotEquals("Monday", mention(q));
    }
}
