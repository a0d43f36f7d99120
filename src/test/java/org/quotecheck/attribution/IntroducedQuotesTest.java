package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations opening a paragraph, introduced by the paragraph before. Sentences are our own. */
class IntroducedQuotesTest {

    private static final QuoteExtractor EX = QuoteExtractor.standard();

    private static AttributedQuotation last(String text) {
        List<AttributedQuotation> qs = EX.extract(text);
        return qs.get(qs.size() - 1);
    }

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
