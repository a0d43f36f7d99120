package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code poll-respondents} post-pass ({@code org.quotecheck.attribution.sieve.PollRespondents}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class PollRespondentsPostPassTest {

    // a share of respondents speaks through its poll
    @Test
    void aShareOfRespondentsIsCreditedToThePollNamedInTheSentence() {
        AttributedQuotation q = only("Voters are restless.\n\nIn a September Valley News poll, 75 percent of Republicans said "
                + "“most people in politics” cannot be trusted.");
        assertEquals("a September Valley News poll", mention(q));
    }

    @Test
    void aShareOfRespondentsWithNoPollNamedKeepsItsOwnMention() {
        AttributedQuotation q = only("Turnout was high.\n\nIn the town, 75 percent of residents said the bridge was “a lifeline for the town.”");
        assertEquals("75 percent of residents", mention(q));
    }

    @Test
    void aShareOpeningACoordinatedSubjectGoesToThePoll() {
        AttributedQuotation q = last(body("In a national Gallup poll released Monday, 31% of Republicans and "
                + "independent voters said they were “extremely enthusiastic” about voting."));
        assertEquals("a national Gallup poll", mention(q));
    }

    @Test
    void aCoordinatedSubjectWithoutAShareKeepsItsSpeakers() {
        AttributedQuotation q = last(body("In a national Gallup poll released Monday, Ann Lee and independent voters "
                + "said they were “extremely enthusiastic” about voting."));
        assertNotEquals("Gallup poll", mention(q));
    }

    @Test
    void thePollIsFoundWhenAnotherParagraphFollows() {
        AttributedQuotation q = EX.extract(body("In a September Gallup poll, 75 percent of Republicans said “most people "
                + "in politics” cannot be trusted.\n\nThe vote is in May.")).get(0);
        assertEquals("a September Gallup poll", mention(q));
    }
}
