package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.assertDecides;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code document-issued} rule ({@code sieve.rules.DocumentIssued}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DocumentIssuedRuleTest {

    static final String RULE = "document-issued";

    /** Sentences the rule decides: the text, the speaker mention and the cue (null: not checked). */
    static Stream<Arguments> decides() {
        return Stream.of(
                Arguments.of("whoever delivers a retort says it",
                        "Mayor Lin delivered a sharp retort: “Nobody is closing the port.”",
                        "Mayor Lin", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void decides(String spec, String text, String speaker, String cue) {
        assertDecides(RULE, text, speaker, cue);
    }

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
    void aQuotationThatIsNoContentOfTheDocumentIsLeftAlone() {
        AttributedQuotation q = only("The board released a statement about the “green corridor” plan on Friday.");
        assertNotEquals("document-issued", q.rule());
        AttributedQuotation relative = only("Ana Ruiz sent a letter to the firm that fired her over “misconduct.”");
        assertNotEquals("document-issued", relative.rule());
    }
}
