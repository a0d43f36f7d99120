package org.quotecheck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OffsetsTest {

    @Test
    void textWithoutSupplementaryCharactersHasEqualOffsets() {
        Offsets o = Offsets.of("plain “text”");
        assertEquals(7, o.toCodePoint(7));
        assertEquals(7, o.toUtf16(7));
        assertEquals(12, o.codePointLength());
    }

    @Test
    void emojiBeforeAQuoteShiftsCodePointOffsetsByOnePerEmoji() {
        String text = "😀🎉 He said “hi”.";
        int utf16 = text.indexOf("hi");
        Offsets o = Offsets.of(text);
        assertEquals(utf16 - 2, o.toCodePoint(utf16));
        assertEquals(utf16, o.toUtf16(utf16 - 2));
        assertEquals("hi", new StringBuilder().appendCodePoint(text.codePointAt(o.toUtf16(12))).appendCodePoint(
                text.codePointAt(o.toUtf16(13))).toString());
        assertEquals(text.codePointCount(0, text.length()), o.codePointLength());
    }

    @Test
    void everyIndexRoundTripsThroughCodePoints() {
        String text = "a😀b𝄞c“d”😀";
        Offsets o = Offsets.of(text);
        for (int cp = 0; cp <= o.codePointLength(); cp++) {
            int utf16 = o.toUtf16(cp);
            assertEquals(text.offsetByCodePoints(0, cp), utf16);
            assertEquals(cp, o.toCodePoint(utf16));
        }
    }

    @Test
    void contextCountsCodePointsAndNeverSplitsAnEmoji() {
        String text = "😀😀😀“quoted”😀😀😀";
        Offsets o = Offsets.of(text);
        int start = text.indexOf("quoted");
        assertEquals("😀😀“", o.before(start, 3));
        assertEquals("”😀", o.after(start + 6, 2));
        assertEquals(text.substring(0, start), o.before(start, 32));
    }

    @Test
    void indexOutsideTheTextIsRefused() {
        Offsets o = Offsets.of("abc");
        assertThrows(IndexOutOfBoundsException.class, () -> o.toCodePoint(4));
        assertThrows(IndexOutOfBoundsException.class, () -> o.toUtf16(-1));
    }
}
