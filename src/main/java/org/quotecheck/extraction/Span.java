package org.quotecheck.extraction;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into an article's text. Code points
 * appear only at the API boundary (see {@code org.quotecheck.support.Offsets}).
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The characters of {@code text} that this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
