package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A quoted sentence after a reporting sentence about a person. Sentences are our own. */
class QuoteOnlyFramesTest {

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
