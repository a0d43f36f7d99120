package org.quotecheck.attribution;

import org.quotecheck.attribution.text.Doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.quotecheck.extraction.QuotationFinder;
import org.junit.jupiter.api.Test;

/** How the sieve's tokens read a capitalised modal: a name mid-sentence, a word elsewhere. Sentences are our own. */
class DocTokensTest {

    private static String lowerOf(String text, String word) {
        Doc d = new Doc(text, QuotationFinder.paragraphs(text), new QuotationFinder().find(text));
        for (int k = 0; k < d.size(); k++) {
            if (d.tok(k).text().equals(word)) {
                return d.tok(k).lower();
            }
        }
        throw new AssertionError(word + " not in: " + text);
    }

    @Test
    void aCapitalisedModalMidSentenceIsReadAsAName() {
        assertEquals("will#name", lowerOf("“The war is near,” Will wrote.", "Will"));
        assertEquals("may#name", lowerOf("Prime Minister Theresa May said so.", "May"));
    }

    @Test
    void aModalOpeningASentenceIsAWord() {
        assertEquals("will", lowerOf("Lede. Will the council vote?", "Will"));
    }

    @Test
    void theMonthMayAfterAPrepositionOrBeforeADateIsAWord() {
        assertEquals("may", lowerOf("The vote came in May after the talks.", "May"));
        assertEquals("may", lowerOf("The vote came May 3, after the talks.", "May"));
    }

    @Test
    void readingPastEitherEndGivesAnEmptyEdgeToken() {
        Doc d = new Doc("Hi.", QuotationFinder.paragraphs("Hi."), new QuotationFinder().find("Hi."));
        assertEquals("", d.tok(-1).lower());
        assertEquals(-1, d.tok(d.size()).para());
    }
}
