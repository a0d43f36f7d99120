package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code opening-participle} rule ({@code sieve.rules.OpeningParticiple}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class OpeningParticipleRuleTest {

    @Test
    void aQuoteInAnOpeningParticiplePhraseIsTheMainSubjects() {
        AttributedQuotation q = last(body("Acknowledging that the mayor “says a lot of silly stuff,” though, Ann Lee did "
                + "suggest that the deal was real."));
        assertEquals("opening-participle", q.rule());
        assertEquals("Ann Lee", mention(q));
        assertEquals("Acknowledging", q.cue().text());
    }

    @Test
    void aParticiplePhraseThatIsTheSubjectFramesNothing() {
        AttributedQuotation q = last(body("Declaring the statements “not Christian” is easy for the bishop."));
        assertNotEquals("opening-participle", q.rule());
    }

    @Test
    void aPrepositionEndingInIngOpensNoParticiplePhrase() {
        AttributedQuotation q = last(body("During the long meeting about “core values,” the mayor left early."));
        assertNotEquals("opening-participle", q.rule());
    }
}
