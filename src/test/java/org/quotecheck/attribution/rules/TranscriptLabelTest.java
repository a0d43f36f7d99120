package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code transcript-label} step ({@code org.quotecheck.attribution.sieve.TranscriptLabels}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class TranscriptLabelTest {

    // transcript labels
    @Test
    void aTranscriptLabelInCapitalsNamesTheSpeakerOfItsLine() {
        List<AttributedQuotation> qs = EX.extract("The radio host Dana Whitlow questioned Governor Ann Roe about the new budget on Sunday.\n\n"
                + "“WHITLOW: Will you sign the bill?\n\n“ROE: I will sign it on Monday.”");
        AttributedQuotation q = qs.get(qs.size() - 1);
        assertEquals("transcript-label", q.rule());
        assertEquals("ROE", mention(q));
        assertEquals("Ann Roe", q.speaker().name());
    }

    @Test
    void aSectionLabelOrAFramedQuoteIsNoTranscriptLine() {
        AttributedQuotation video = only("The clip ended with a caption: “VIDEO: the flood at dawn.”");
        assertNotEquals("transcript-label", video.rule());
        AttributedQuotation framed = only("“NOTE: the road is closed,” Ann Roe said.");
        assertEquals("Ann Roe", mention(framed));
        AttributedQuotation lower = only("“Roe: the road is closed.”");
        assertNotEquals("transcript-label", lower.rule());
    }
}
