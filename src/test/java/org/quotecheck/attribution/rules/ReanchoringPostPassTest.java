package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code reanchoring} post-pass ({@code org.quotecheck.attribution.sieve.Reanchoring}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class ReanchoringPostPassTest {

    // nearest mention for carried-over speakers
    @Test
    void aCarriedOverSpeakerIsMentionedByThePronounOfTheQuotesOwnSentence() {
        List<AttributedQuotation> qs = EX.extract("Mayor Anna Berg said the bridge would reopen in May. "
                + "“Painful but fair” was how she put it.");
        AttributedQuotation q = qs.get(0);
        assertEquals("same-paragraph", q.rule());
        assertEquals("she", mention(q));
        assertEquals("Anna Berg", q.speaker().name());
    }

    @Test
    void aPronounOfTheOtherGenderDoesNotReanchorTheMention() {
        List<AttributedQuotation> qs = EX.extract("Mayor Anna Berg said the bridge would reopen in May. "
                + "“Painful but fair” was how he put it.");
        assertNotEquals("he", mention(qs.get(0)));
    }

    // subjects behind appositives: dashes, parentheses, relative clauses
    @Test
    void aSentenceOpeningWithTheSpeakersPronounRenamesThemForTheNextQuote() {
        AttributedQuotation q = last(body("“We have bigger problems,” says Gloria Marsh, 34, a nurse from Texas. "
                + "She says people should decide. “It is their life; they are not hurting anybody.”"));
        assertEquals("same-paragraph", q.rule());
        assertEquals("She", mention(q));
        assertEquals("Gloria Marsh", q.speaker().name());
    }

    @Test
    void aPronounInsideTheFramingSentenceIsNoNewMention() {
        AttributedQuotation q = last(body("“We have bigger problems,” says Gloria Marsh, 34, a nurse from Texas, as she "
                + "left. “It is their life; they are not hurting anybody.”"));
        assertEquals("Gloria Marsh", mention(q));
    }

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
}
