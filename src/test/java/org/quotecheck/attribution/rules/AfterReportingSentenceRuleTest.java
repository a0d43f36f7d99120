package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code after-reporting-sentence} rule ({@code sieve.rules.AfterReportingSentence}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class AfterReportingSentenceRuleTest {

    @Test
    void aQuotedSentenceAfterAReportingSentenceContinuesItsSubject() {
        AttributedQuotation q = last("The race tightened.\n\nIna Moss distanced herself from the group by saying she would "
                + "help the winner. “I am going to back him, and back him fully, because he can do the job.”");
        assertEquals("after-reporting-sentence", q.rule());
        assertEquals("Ina Moss", q.speaker().mention().text());
    }

    @Test
    void aSentenceWithoutAReportingVerbIntroducesNoSpeaker() {
        AttributedQuotation q = last("The race tightened.\n\nIna Moss began Sunday with a signed post about the storm. "
                + "“Woke up to terrible news from the coast this morning.”");
        assertNotEquals("after-reporting-sentence", q.rule());
    }
}
