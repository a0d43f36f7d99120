package org.quotecheck.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void caseDiacriticsAndWhitespaceAreFolded() {
        assertEquals(NameKey.of("Wang Yi"), NameKey.of("  wáng\u00A0 YI "));
        assertEquals("sergey lavrov", NameKey.of("Sergey   Lavrov"));
    }

    @Test
    void apostropheStylesAreFolded() {
        assertEquals(NameKey.of("Conan O'Brien"), NameKey.of("Conan O’Brien"));
    }

    @Test
    void differentLettersStayDifferentNames() {
        assertNotEquals(NameKey.of("Sergei Lavrov"), NameKey.of("Sergey Lavrov"));
    }

    @Test
    void displayNameCollapsesWhitespaceButKeepsCaseAndAccents() {
        assertEquals("Wáng Yi", NameKey.display("  Wáng \n Yi "));
    }
}
