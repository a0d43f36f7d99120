package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Odd input completes and gives sane spans (not timed: speed is measured by benchmarks). */
class PathologicalInputTest {

    private final QuoteExtractor ex = QuoteExtractor.standard();

    private static void assertSane(String text, List<AttributedQuotation> qs) {
        int last = -1;
        for (AttributedQuotation q : qs) {
            assertTrue(q.span().start() >= last, "in order");
            assertTrue(q.span().end() <= text.length(), "inside the text");
            last = q.span().start();
        }
    }

    @Test
    void a100kUnbalancedQuoteMarksFinish() {
        String text = "“".repeat(100_000) + " said he";
        assertSane(text, ex.extract(text));
        String straight = "\" a".repeat(100_000);
        assertSane(straight, ex.extract(straight));
    }

    @Test
    void aFiveMegabyteArticleFinishes() {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.length() < 5_000_000) {
            b.append("Officials said “the plan number ").append(i++).append(" is fine,” and Smith, a long-time adviser ")
                    .append("who ran, ".repeat(20)).append("said so. ");
            if (i % 7 == 0) {
                b.append("\n\n");
            }
        }
        String text = b.toString();
        List<AttributedQuotation> qs = ex.extract(text);
        assertFalse(qs.isEmpty());
        assertSane(text, qs);
    }

    @Test
    void emptyAndNullFreeInputsGiveNoQuotations() {
        assertTrue(ex.extract("").isEmpty());
        assertTrue(ex.extract("no quotes at all").isEmpty());
    }

    private static final String[] PIECES = {"As", "as", "said", "says", "Smith", "Ann Lee", ",", "“", "”", "\"", ".", "?",
        "\n\n", " — ", " -- ", "(", ")", "Will", "May", "he", "she", "after", "the", ":", "according to", "put it",
        "who", "calling", "and", "told", "a", "show", "'s", "’", "Sen.", "that", "by", "wrote", "In", " "};

    @Test
    void randomShortArticlesFromFrameWordsNeverBreakTheSieve() {
        java.util.Random random = new java.util.Random(20261128);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            try {
                assertSane(text, ex.extract(text));
            } catch (RuntimeException e) {
                throw new AssertionError("extraction failed on: " + text, e);
            }
        }
    }
}
