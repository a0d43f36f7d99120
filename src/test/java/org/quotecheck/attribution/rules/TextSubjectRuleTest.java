package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code text-subject} rule ({@code sieve.rules.TextSubject}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class TextSubjectRuleTest {

    @Test
    void aTextThatIsTheSubjectOfTheClauseSpeaks() {
        AttributedQuotation q = only("Ana Ruiz's letter puts it bluntly: “The ferry must stay public.”");
        assertEquals("text-subject", q.rule());
        assertEquals("Ana Ruiz's letter", mention(q));
        AttributedQuotation ad = only("The new ad targets the mayor for “selling the harbour to the highest bidder.”");
        assertEquals("text-subject", ad.rule());
        assertEquals("The new ad", mention(ad));
    }

    @Test
    void theIssuerNamedInTheTextsByPhraseSpeaksInstead() {
        AttributedQuotation q = only("An email sent out by Ana Ruiz on Monday warned of a long fight: “We are outspent.”");
        assertEquals("text-subject", q.rule());
        assertEquals("Ana Ruiz", mention(q));
    }

    @Test
    void aShortTermAfterAnOrdinaryVerbIsNoTextsWording() {
        AttributedQuotation q = only("The report marked a “turning point” for the agency.");
        assertNotEquals("text-subject", q.rule());
        AttributedQuotation opener = only("With cable news carrying the hearing, it opened with a “countdown clock” on screen.");
        assertNull(opener.speaker());
    }
}
