package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code same-paragraph} rule ({@code sieve.rules.SameParagraph}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class SameParagraphRuleTest {

    @Test
    void aSecondQuoteOfTheParagraphKeepsTheSpeaker() {
        List<AttributedQuotation> qs = EX.extract("“We lost the harvest,” Tomas Reyes said. The storm came early. “Next year we plant earlier.”");
        assertEquals("same-paragraph", qs.get(1).rule());
        assertEquals("Tomas Reyes", mention(qs.get(1)));
    }

    @Test
    void aQuoteInAParagraphWithoutAnyFrameGetsNoSameParagraphSpeaker() {
        List<AttributedQuotation> qs = EX.extract("The report arrived.\n\nIt ends: “We lost the harvest and the hope that came with it.”");
        assertNotEquals("same-paragraph", qs.get(0).rule());
    }

    @Test
    void aQuotedTermInsideASentenceDoesNotTakeTheFrameOfALaterSentence() {
        List<AttributedQuotation> qs = EX.extract("Unions have long campaigned against handing contractors jobs that are considered "
                + "\"inherently governmental in nature.\" Later, Ada Lowe said contractors can cost more.");
        assertEquals(null, qs.get(0).speaker());
    }

    @Test
    void aWholeSentenceQuotationStillTakesTheFrameThatFollowsInItsParagraph() {
        List<AttributedQuotation> qs = EX.extract("The crowd grew quiet. \"That is a promise we will keep for the whole county.\" "
                + "Ada Lowe said the plan is ready.");
        assertEquals("same-paragraph", qs.get(0).rule());
        assertEquals("Ada Lowe", mention(qs.get(0)));
    }
}
