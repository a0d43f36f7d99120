package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.all;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code relative-that} rule ({@code sieve.rules.RelativeThat}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class RelativeThatRuleTest {

    @Test
    void aSignThatSaidAQuotationIsMentionedByTheRelativeThat() {
        List<AttributedQuotation> qs = all("Marchers on Elm Street carried banners that read, “Keep the library open.”");
        assertEquals("relative-that", qs.get(0).rule());
        assertEquals("that", mention(qs.get(0)));
    }

    @Test
    void aThatWithoutANounBeforeItIsNoRelativeFrame() {
        List<AttributedQuotation> qs = all("Ada Lowe insisted on this so that said “budget items” stay visible.");
        assertNotEquals("relative-that", qs.get(0).rule());
    }
}
