package org.quotecheck.support;

import java.util.Arrays;

/**
 * Converts between the UTF-16 indices used inside Java (and by {@link org.quotecheck.extraction.Span})
 * and the Unicode code point offsets the API and the database use (W3C TextPositionSelector). This
 * is the only place that knows about the difference.
 *
 * <p>Built once per text; each conversion is a binary search over the text's supplementary
 * characters, so converting every offset of a long article stays cheap (and costs nothing when the
 * text has no emoji or other characters outside the Basic Multilingual Plane).
 */
public final class Offsets {

    private final String text;
    /** UTF-16 index of the high surrogate of every supplementary character, ascending. */
    private final int[] pairStarts;
    private final int codePointLength;

    private Offsets(String text) {
        this.text = text;
        int[] starts = new int[8];
        int n = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
                i++;
            }
        }
        this.pairStarts = Arrays.copyOf(starts, n);
        this.codePointLength = text.length() - n;
    }

    public static Offsets of(String text) {
        return new Offsets(text);
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return codePointLength;
    }

    /** The code point offset of UTF-16 index {@code utf16} (0..length inclusive). */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16 + " outside [0, " + text.length() + "]");
        }
        // every pair that starts before utf16 took two UTF-16 units for one code point
        return utf16 - countBelow(pairStarts, utf16);
    }

    /** The UTF-16 index of code point offset {@code codePoint} (0..codePointLength inclusive). */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength) {
            throw new IndexOutOfBoundsException("code point " + codePoint + " outside [0, " + codePointLength + "]");
        }
        // the k-th pair sits at code point pairStarts[k] - k; count the pairs before codePoint
        int lo = 0;
        int hi = pairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairStarts[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** Up to {@code codePoints} code points of the text that end at UTF-16 index {@code utf16}. */
    public String before(int utf16, int codePoints) {
        int from = toUtf16(Math.max(0, toCodePoint(utf16) - codePoints));
        return text.substring(from, utf16);
    }

    /** Up to {@code codePoints} code points of the text that start at UTF-16 index {@code utf16}. */
    public String after(int utf16, int codePoints) {
        int to = toUtf16(Math.min(codePointLength, toCodePoint(utf16) + codePoints));
        return text.substring(utf16, to);
    }

    private static int countBelow(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
