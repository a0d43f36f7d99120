package org.quotecheck.attribution;

import static org.quotecheck.attribution.Extracted.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Quotations opening a paragraph, introduced by the paragraph before. Sentences are our own. */
class IntroducedQuotesTest {

    @Test
    void aQuotedParagraphAfterAStatementIssuedIsTheIssuers() {
        AttributedQuotation q = last("On Monday, the county board issued a statement apologizing to residents for the outage.\n\n"
                + "“We are sorry for the trouble this caused and will fix the system by Friday.”");
        assertEquals("document-before", q.rule());
        assertEquals("the county board", q.speaker().mention().text());
        assertEquals("issued a statement", q.cue().text());
    }

    @Test
    void aParagraphEndingWithItsOwnQuotationIntroducesNoStatement() {
        AttributedQuotation q = last("The board issued a statement calling the outage “regrettable.”\n\n"
                + "“We are sorry for the trouble this caused and will fix the system by Friday.”");
        assertNotEquals("document-before", q.rule());
    }
}
