package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code coordinated} rule ({@code sieve.rules.Coordinated}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class CoordinatedRuleTest {

    @Test
    void coordinatedQuotesShareTheFrame() {
        List<AttributedQuotation> qs = EX.extract("The coach said the team was “tired” and “slow” all season.");
        assertEquals("coordinated", qs.get(1).rule());
        assertEquals("The coach", mention(qs.get(1)));
    }

    @Test
    void quotesInDifferentSentencesAreNotCoordinated() {
        List<AttributedQuotation> qs = EX.extract("The coach said the team was “tired and worn out.” Fans called the season “lost.”");
        assertNotEquals("coordinated", qs.get(1).rule());
    }
}
