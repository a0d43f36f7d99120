package org.quotecheck.attribution.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void entriesMatchWholeAndIgnoringCase() {
        WordList list = WordList.parse(List.of("Sen.", "the company"));
        assertTrue(list.contains("SEN."));
        assertTrue(list.contains("The Company"));
        assertFalse(list.contains("Sen"));
        assertFalse(list.contains("company"));
        assertFalse(list.contains(null));
    }

    @Test
    void valueAfterTheTabIsTheGender() {
        WordList list = WordList.parse(List.of("Congresswoman\tF", "Mr.\tM", "Senator"));
        assertEquals(Gender.FEMALE, list.gender("congresswoman"));
        assertEquals(Gender.MALE, list.gender("Mr."));
        assertEquals(Gender.UNKNOWN, list.gender("Senator"));
        assertEquals(Gender.UNKNOWN, list.gender("Mayor"));
        assertEquals("", list.value("Senator"));
        assertNull(list.value("Mayor"));
    }

    @Test
    void everyShippedListLoadsWithEntries() {
        Lexicon lex = Lexicon.standard();
        assertTrue(lex.titles.contains("Gov."));
        assertTrue(lex.orgHeads.contains("Institute"));
        assertTrue(lex.places.contains("New Hampshire"));
        assertTrue(lex.documentNouns.contains("transcript"));
    }

    @Test
    void missingListFailsNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load("absent-list.txt"));
        assertTrue(e.getMessage().contains("absent-list.txt"), e.getMessage());
    }
}
