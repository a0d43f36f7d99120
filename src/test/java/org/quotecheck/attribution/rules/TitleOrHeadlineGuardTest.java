package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code title-or-headline} guard ({@code org.quotecheck.attribution.sieve.TitlesAndHeadlines}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class TitleOrHeadlineGuardTest {

    @Test
    void aQuotedTitleOfAWorkHasNoSpeaker() {
        AttributedQuotation q = only("Nadia Petrov wrote a novel called “The Long Winter of Our Town” last year.");
        assertNull(q.speaker());
    }

    @Test
    void aTitleCaseQuoteRightBeforeASpeechFrameIsStillAttributed() {
        AttributedQuotation q = only("“Go Home Now,” Nadia Petrov shouted at the gate.");
        assertEquals("Nadia Petrov", mention(q));
    }

    @Test
    void aShowNamedAfterAPrepositionIsATitleEvenWithItsFullStop() {
        List<AttributedQuotation> qs = EX.extract("“We are ready,” Hugo Brandt said on “Morning Harbor Talk.”");
        assertEquals(2, qs.size());
        assertNull(qs.get(1).speaker());
    }

    @Test
    void aLowerCaseQuoteAfterAPrepositionIsNoTitle() {
        AttributedQuotation q = only("Hugo Brandt said the vote was a step toward “a fairer deal for all of us.”");
        assertEquals("Hugo Brandt", mention(q));
    }

    // a quotation naming the thing a common noun stands for
    @Test
    void aQuotationNamedByACommonNounHasNoSpeaker() {
        assertNull(only("Mara Lind staged a play called “Salt and Iron” in the old mill.").speaker());
        assertNull(only("Omar Haddad leads a group known as “the Lantern Club” in the valley.").speaker());
        assertNull(only("The council released an ad titled “Build It Now” on Monday.").speaker());
    }

    @Test
    void aPersonCallingSomethingAQuotationStillSpeaks() {
        AttributedQuotation q = only("Mara Lind called the plan “a gift to the rich.”");
        assertEquals("Mara Lind", mention(q));
        AttributedQuotation r = only("Omar Haddad, who has called it “a swindle,” voted no.");
        assertNotEquals(null, r.speaker());
    }

    // short terms and titles of works
    @Test
    void aTitleCaseNameAfterANounForAWorkIsATitle() {
        AttributedQuotation q = last(body("Zach Carter is a co-host of the politics podcast “So, That Happened.”"));
        assertEquals("none", q.rule());
    }

    @Test
    void aSentenceAfterANounForAWorkIsStillAQuote() {
        AttributedQuotation q = last(body("Ann Lee, who hosts the show, said of the show: “Nobody expected it to last.”"));
        assertEquals("Ann Lee", mention(q));
    }

    @Test
    void aQuotationInTheHeadlineIsLeftToTheBodysCopy() {
        AttributedQuotation q = EX.extract("Lind: ‘We Will Win the Valley.’\n\nThe mayor spoke on Monday. “We will win the "
                + "valley,” Ann Lind said.").get(0);
        assertEquals("none", q.rule());
        assertNull(q.speaker());
    }

    @Test
    void aOneParagraphTextHasNoHeadline() {
        AttributedQuotation q = only("Ann Lind said: “We will win the valley.”");
        assertEquals("Ann Lind", mention(q));
    }

    @Test
    void aLongFirstParagraphIsNoHeadline() {
        AttributedQuotation q = EX.extract("Ann Lind said on Monday that the valley would be won. She added: “We will win the "
                + "valley.”\n\nThe vote is in May.").get(0);
        assertEquals("She", mention(q));
    }

    @Test
    void oneCapitalisedWordInsideASentenceIsALabel() {
        AttributedQuotation q = last(body("Ann Lee took the stage, saying the use of the term “Palestine” to refer to the "
                + "territory was wrong."));
        assertNull(q.speaker());
    }

    @Test
    void oneCapitalisedWordWithItsOwnFrameIsAQuote() {
        AttributedQuotation q = EX.extract(body("“Palestine,” Ann Lee said, “has not existed since 1948.”")).get(0);
        assertEquals("Ann Lee", mention(q));
    }
}
