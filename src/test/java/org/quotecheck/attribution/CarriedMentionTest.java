package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.EX;
import static org.quotecheck.attribution.Extracted.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which mention a speaker carried over from an earlier frame gets. Sentences are our own. */
class CarriedMentionTest {

    @Test
    void aHeOrSheOpeningTheSentenceBeforeTheQuotationAfterLinkingWordsIsItsMention() {
        List<AttributedQuotation> qs = EX.extract("“We will win,” Ann Roe said. And then she promised to stay in the race. "
                + "“We are in until the last vote.”");
        assertEquals("same-paragraph", qs.get(1).rule());
        assertEquals("she", mention(qs.get(1)));
        assertEquals("Ann Roe", qs.get(1).speaker().name());
    }

    @Test
    void aHeAfterTheQuotationThatIsNoSubjectOfAReportingVerbIsNotTheMention() {
        List<AttributedQuotation> qs = EX.extract("Sam Roe said the campaign was strong. “Our rival is done” now that he can no longer carry Ohio.");
        assertEquals("same-paragraph", qs.get(0).rule());
        assertEquals("Sam Roe", mention(qs.get(0)));
    }

    @Test
    void aHeAfterTheQuotationThatReportsItIsTheMention() {
        List<AttributedQuotation> qs = EX.extract("Sam Roe said the campaign was strong. “Our rival is done,” as he points out.");
        assertEquals("same-paragraph", qs.get(0).rule());
        assertEquals("he", mention(qs.get(0)));
    }

    @Test
    void aQuotationOpeningAParagraphIsNamedByTheHeOpeningTheLastSentenceBefore() {
        List<AttributedQuotation> qs = EX.extract("“We will build it,” Sam Roe said. He then had a question for the crowd.\n\n"
                + "“Who is going to pay for it?”");
        assertEquals("previous-paragraph", qs.get(1).rule());
        assertEquals("He", mention(qs.get(1)));
        assertEquals("Sam Roe", qs.get(1).speaker().name());
    }

    @Test
    void aHeInsideTheSentenceBeforeAParagraphIsNotTakenForTheCarriedSpeaker() {
        List<AttributedQuotation> qs = EX.extract("“We will build it,” Sam Roe said. Voters asked if he meant it.\n\n"
                + "“Who is going to pay for it?”");
        assertEquals("previous-paragraph", qs.get(1).rule());
        assertEquals("Sam Roe", mention(qs.get(1)));
    }

    @Test
    void aQuoteOnlyParagraphContinuesTheMainFrameOfThePreviousSentenceNotAVerbItReports() {
        List<AttributedQuotation> qs = EX.extract("Lena Ortiz said that for years some critics had been predicting a collapse of the fund.\n\n"
                + "“That is because the fund is the most stable in the whole region.”");
        assertEquals("previous-paragraph", qs.get(0).rule());
        assertEquals("Lena Ortiz", mention(qs.get(0)));
    }

    @Test
    void theMainFrameIsSoughtOnlyInTheSentenceOfTheNearestFrame() {
        List<AttributedQuotation> qs = EX.extract("Lena Ortiz spoke on Monday. Afterwards, the treasurer said some critics had been "
                + "predicting a collapse.\n\n“That is because the fund is the most stable in the whole region.”");
        assertEquals("the treasurer", mention(qs.get(0)));
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
