package org.quotecheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void marksQuotationSpeakerAndCueCountingCodePoints() {
        String text = "😀 “Go now,” Ada said.";
        // code points: 😀=0, space=1, “=2, G=3 … ','=9, ”=10, space=11, Ada=12..15, space, said=16..20
        List<Highlight.Run> runs = Highlight.runs(text, 0, 21, List.of(new Highlight.Mark(3, 10, "q"),
                new Highlight.Mark(16, 20, "cue"), new Highlight.Mark(12, 15, "who")));
        assertEquals(List.of(new Highlight.Run("😀 “", null), new Highlight.Run("Go now,", "q"),
                new Highlight.Run("” ", null), new Highlight.Run("Ada", "who"), new Highlight.Run(" ", null),
                new Highlight.Run("said", "cue"), new Highlight.Run(".", null)), runs);
    }

    @Test
    void aMarkFarOutsideTheParagraphIsLeftOutInsteadOfPullingInTheWholeArticle() {
        String text = "Ann spoke. " + "x".repeat(5000) + " “Yes,” she said.";
        int q = text.indexOf("Yes");
        List<Highlight.Run> runs = Highlight.runs(text, q - 1, text.length(),
                List.of(new Highlight.Mark(q, q + 4, "q"), new Highlight.Mark(0, 3, "who")));
        assertEquals("“", runs.get(0).text());
        assertEquals(0, runs.stream().filter(r -> "who".equals(r.kind())).count());
    }

    @Test
    void outOfRangeMarksAreIgnored() {
        List<Highlight.Run> runs = Highlight.runs("short", 0, 5, List.of(new Highlight.Mark(3, 99, "q")));
        assertEquals(List.of(new Highlight.Run("short", null)), runs);
    }
}
