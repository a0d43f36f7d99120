package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code document-issued} rule ({@code sieve.rules.DocumentIssued}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DocumentIssuedRuleTest {

    @Test
    void whoeverIssuedTheDocumentSpeaksThroughIt() {
        AttributedQuotation q = only("The port authority released a statement on Friday calling the strike “deeply regrettable.”");
        assertEquals("document-issued", q.rule());
        assertEquals("The port authority", mention(q));
        AttributedQuotation colon = only("Mayor Lin sent out a short memo to staff: “Offices close at noon.”");
        assertEquals("document-issued", colon.rule());
        assertEquals("Mayor Lin", mention(colon));
    }

    @Test
    void whoeverDeliversARetortSaysIt() {
        AttributedQuotation q = only("Mayor Lin delivered a sharp retort: “Nobody is closing the port.”");
        assertEquals("document-issued", q.rule());
        assertEquals("Mayor Lin", mention(q));
    }

    @Test
    void aQuotationThatIsNoContentOfTheDocumentIsLeftAlone() {
        AttributedQuotation q = only("The board released a statement about the “green corridor” plan on Friday.");
        assertNotEquals("document-issued", q.rule());
        AttributedQuotation relative = only("Ana Ruiz sent a letter to the firm that fired her over “misconduct.”");
        assertNotEquals("document-issued", relative.rule());
    }
}
