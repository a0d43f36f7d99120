package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code well-formed-mention} guard ({@code org.quotecheck.attribution.sieve.WellFormedMention}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class WellFormedMentionGuardTest {

    // a mention must be able to name someone
    @Test
    void aVerbPhraseIsNeverASpeakerMention() {
        AttributedQuotation q = only("By noon a crowd had gathered at the gate, chanting and carrying signs saying “close the mine.”");
        assertNotEquals("carrying signs", mention(q));
    }

    @Test
    void aParticipleModifierBeforeANameStaysInTheMention() {
        AttributedQuotation q = only("“We are not done,” said retired Army Gen. Ann Roe.");
        assertEquals("retired Army Gen. Ann Roe", mention(q));
        AttributedQuotation r = only("“We are not done,” said one of the striking miners.");
        assertEquals("one of the striking miners", mention(r));
    }
}
