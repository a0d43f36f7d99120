package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code previous-paragraph} rule ({@code sieve.rules.PreviousParagraph}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class PreviousParagraphRuleTest {

    @Test
    void aQuoteOnlyParagraphContinuesThePreviousSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "Fatima Khan, the school's principal, said the roof was fixed in time.\n\n“The children never missed a day.”");
        assertEquals("previous-paragraph", qs.get(0).rule());
        assertEquals("Fatima Khan", qs.get(0).speaker().name());
    }

    @Test
    void aQuoteInsideANarrativeParagraphDoesNotReachBack() {
        List<AttributedQuotation> qs = EX.extract(
                "Fatima Khan said the roof was fixed.\n\nThe storm, which locals call “the beast of March and April,” left.");
        assertNotEquals("previous-paragraph", qs.get(0).rule());
    }

    // paragraph frames: inverted subjects only where the order can invert
    @Test
    void anInvertedParagraphFrameNamesTheSpeakerAfterTheVerb() {
        List<AttributedQuotation> qs = EX.extract("Late on Friday — said the harbour master — the port closed.\n\n“Nothing is left.”");
        assertEquals("the harbour master", mention(qs.get(0)));
    }

    // a quote-only paragraph after a paragraph about a person with no speech verb
    @Test
    void aWholeSentenceQuoteContinuesThePersonThePreviousParagraphIsAbout() {
        List<AttributedQuotation> qs = EX.extract("Lind spoke on Monday.\n\nLind is upbeat about the vote, in part because"
                + " the polls have turned.\n\n“We can win this district, and we will win it in November.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("Lind", mention(q));
        assertEquals("previous-paragraph", q.rule());
    }

    @Test
    void aShortFragmentAfterSuchAParagraphStaysUnattributed() {
        List<AttributedQuotation> qs = EX.extract("Lind spoke on Monday.\n\nLind is upbeat about the vote.\n\n“Landslide.”");
        assertNull(qs.get(qs.size() - 1).speaker());
        List<AttributedQuotation> rs = EX.extract("The weather turned cold on Monday.\n\n“We can win this district, and we will win it in November.”");
        assertNull(rs.get(rs.size() - 1).speaker());
    }

    // names that look like modals; talking as a frame; short quote-only paragraphs
    @Test
    void spokeFramesTheQuoteOnlyParagraphThatFollows() {
        AttributedQuotation q = last(body("Much was left unsaid, since Ann Lee spoke only in slogans during the interview."
                + "\n\n“We have to be a lot tougher.”"));
        assertEquals("previous-paragraph", q.rule());
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aShortWholeSentenceParagraphContinuesThePersonJustDescribed() {
        AttributedQuotation q = last(body("Ann Lee was quick to add that the deal was off.\n\n“Building it? Not negotiable.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aOneWordParagraphDoesNotContinueThePersonJustDescribed() {
        AttributedQuotation q = last(body("Ann Lee was quick to add that the deal was off.\n\n“Never.”"));
        assertNull(q.speaker());
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
}
