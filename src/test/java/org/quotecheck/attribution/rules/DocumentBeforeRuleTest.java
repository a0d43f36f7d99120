package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code document-before} rule ({@code sieve.rules.DocumentBefore}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DocumentBeforeRuleTest {

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
