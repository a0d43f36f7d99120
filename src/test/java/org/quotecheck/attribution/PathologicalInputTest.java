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
}
