package org.quotecheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

    private final QuotationFinder finder = new QuotationFinder();

    private List<String> texts(String s) {
        return finder.find(s).stream().map(q -> q.content().of(s)).toList();
    }

    @Test
    void curlyQuotesGiveTheWordsWithoutTheMarks() {
        String s = "The mayor said “we will rebuild the bridge” on Monday.";
        List<Quotation> qs = finder.find(s);
        assertEquals(1, qs.size());
        assertEquals("we will rebuild the bridge", qs.get(0).content().of(s));
        assertEquals(s.indexOf('“'), qs.get(0).outer().start());
        assertEquals(s.indexOf('”') + 1, qs.get(0).outer().end());
    }

    @Test
    void straightQuotesOpenAndClose() {
        assertEquals(List.of("Bring water,", "Then rest."), texts("\"Bring water,\" she said. \"Then rest.\""));
    }

    @Test
    void guillemetsAndLowNinetyNineQuotesAreQuotations() {
        assertEquals(List.of("pas du tout", "ganz genau"), texts("Il a dit «pas du tout» et „ganz genau“."));
    }

    @Test
    void singleQuotesInsideDoubleQuotesAreNested() {
        assertEquals(List.of("He told me ‘go home’ and I didn't"), texts("She said “He told me ‘go home’ and I didn't” later."));
        assertEquals(List.of("They yelled 'stop' twice"), texts("\"They yelled 'stop' twice\" he said."));
    }

    @Test
    void apostrophesAreNoQuotations() {
        assertTrue(texts("The students’ union didn’t meet in the ’90s, and the farmers' co-op won't either.").isEmpty());
    }

    @Test
    void topLevelSingleQuotesCountWhenTheyOpenAndCloseCleanly() {
        assertEquals(List.of("a fair deal"), texts("The minister promised ‘a fair deal’ to farmers."));
    }

    @Test
    void anInterruptedQuoteGivesTwoQuotations() {
        assertEquals(List.of("We tried,", "but the river won."), texts("“We tried,” the farmer said, “but the river won.”"));
    }

    @Test
    void aQuotationReopenedInTheNextParagraphIsReportedPerParagraphAndFlagged() {
        String s = "“The first part ends here.\n\n“The second part goes on,” she said.";
        List<Quotation> qs = finder.find(s);
        assertEquals(2, qs.size());
        assertEquals("The first part ends here.", qs.get(0).content().of(s));
        assertFalse(qs.get(0).closed());
        assertTrue(qs.get(1).continuesPrevious());
        assertEquals("The second part goes on,", qs.get(1).content().of(s));
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraphAndDoesNotSwallowTheNext() {
        String s = "He said “this never closes\n\nA new paragraph has “its own words” here.";
        assertEquals(List.of("this never closes", "its own words"), texts(s));
        assertFalse(finder.find(s).get(1).continuesPrevious());
    }

    @Test
    void aStrayInchMarkIsNoQuotation() {
        assertTrue(texts("The board is 12\" wide and 3 feet long.").isEmpty());
    }

    @Test
    void emptyAndBlankInputGiveNothing() {
        assertTrue(finder.find("").isEmpty());
        assertTrue(finder.find("   \n\n ").isEmpty());
        assertTrue(finder.find("\"\"").isEmpty());
    }

    @Test
    void hardWrappedLinesStayInOneParagraph() {
        assertEquals(1, QuotationFinder.paragraphs("one line\nwrapped here").size());
        assertEquals(2, QuotationFinder.paragraphs("One paragraph.\n\nAnother one.").size());
    }
}
