package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.all;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code inverted-before} rule ({@code sieve.rules.InvertedBefore}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class InvertedBeforeRuleTest {

    @Test
    void anInvertedSpeechVerbAndNameBetweenCommasFrameTheQuotationAfterThem() {
        List<AttributedQuotation> qs = all("Ivo Brandt praised the plan at first. But, said Brandt, “the costs will double by June.”");
        // said-before reads an inverted report set off by commas first; inverted-before covers the rest
        assertTrue(List.of("inverted-before", "said-before").contains(qs.get(0).rule()));
        assertEquals("Brandt", mention(qs.get(0)));
        assertEquals("said", qs.get(0).cue().text());
    }

    @Test
    void aSpeechVerbWithItsObjectBeforeTheQuotationIsNoInversion() {
        List<AttributedQuotation> qs = all("Ivo Brandt told Congress, “the costs will double by June.”");
        assertNotEquals("inverted-before", qs.get(0).rule());
        assertEquals("Ivo Brandt", mention(qs.get(0)));
    }
}
