package org.quotecheck.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations marked by “ ” " „ « ». Single quotes (‘ ’ ') never end a double-quoted
 * quotation (they are nested quotes or apostrophes); a top-level ‘…’ is a quotation only when it
 * both opens and closes cleanly within its paragraph. One pass, linear in the text length.
 *
 * <p>A quotation still open at the end of a paragraph ends there (so a stray mark never swallows
 * the rest of the article); when the next paragraph reopens with an opening mark, the next piece
 * is flagged {@link Quotation#continuesPrevious()} — a multi-paragraph quotation, reported per
 * paragraph as news annotation (PolNeAR) marks it.
 */
public final class QuotationFinder {

    public List<Quotation> find(String text) {
        List<Span> paragraphs = paragraphs(text);
        List<Quotation> out = new ArrayList<>();
        boolean carry = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            boolean reopens = carry && startsWithOpeningMark(text, para);
            carry = scanParagraph(text, para, p, reopens, out);
        }
        return out;
    }

    /**
     * Paragraphs: lines separated by line breaks, except that a line starting with a lower-case
     * letter continues the previous one (hard-wrapped text).
     */
    public static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int curStart = -1;
        int curEnd = -1;
        while (i <= n) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 ? n : nl;
            int s = i;
            int e = lineEnd;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                boolean wrap = curStart >= 0 && Character.isLowerCase(text.charAt(s))
                        && text.lastIndexOf('\n', s - 1) == text.indexOf('\n', curEnd);
                if (wrap) {
                    curEnd = e;
                } else {
                    if (curStart >= 0) {
                        out.add(new Span(curStart, curEnd));
                    }
                    curStart = s;
                    curEnd = e;
                }
            } else if (curStart >= 0) {
                out.add(new Span(curStart, curEnd));
                curStart = -1;
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        if (curStart >= 0) {
            out.add(new Span(curStart, curEnd));
        }
        return out;
    }

    private static boolean startsWithOpeningMark(String text, Span para) {
        char c = text.charAt(para.start());
        return c == '“' || c == '"' || c == '„' || c == '«' || c == '”';
    }

    /** @return true when the paragraph ends inside an open double-quoted quotation */
    private static boolean scanParagraph(String text, Span para, int p, boolean reopens, List<Quotation> out) {
        int open = -1; // index of the opening mark
        char openMark = 0;
        boolean first = true;
        int end = para.end();
        for (int i = para.start(); i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '“', '„', '«' -> {
                    if (open < 0) {
                        open = i;
                        openMark = c;
                    } else if (c == '“' && closingLike(text, i, para)) {
                        first = emit(text, open, i, i + 1, p, reopens && first, true, out, first);
                        open = -1;
                    } else if (c != '«') {
                        // a new opening while open: the earlier mark was stray; bound it here
                        first = emit(text, open, i, i, p, reopens && first, false, out, first);
                        open = i;
                        openMark = c;
                    }
                }
                case '”', '»' -> {
                    if (open >= 0) {
                        first = emit(text, open, i, i + 1, p, reopens && first, true, out, first);
                        open = -1;
                    } else if (c == '”' && openingLike(text, i, para) && !closingLike(text, i, para)) {
                        open = i; // some sources use ” for both marks
                        openMark = c;
                    }
                }
                case '"' -> {
                    boolean ol = openingLike(text, i, para);
                    boolean cl = closingLike(text, i, para);
                    if (open < 0) {
                        boolean inch = i > para.start() && Character.isDigit(text.charAt(i - 1));
                        if ((ol || !cl) && !inch) {
                            open = i;
                            openMark = c;
                        }
                    } else if (openMark == '“' && ol && !cl) {
                        // a straight mark opening inside curly quotes: nested, let it be
                        int close = text.indexOf('"', i + 1);
                        if (close > 0 && close < end) {
                            i = close;
                        }
                    } else if (cl || !ol) {
                        first = emit(text, open, i, i + 1, p, reopens && first, true, out, first);
                        open = -1;
                    } else {
                        first = emit(text, open, i, i, p, reopens && first, false, out, first);
                        open = i;
                        openMark = c;
                    }
                }
                case '‘' -> {
                    if (open < 0 && openingLike(text, i, para)) {
                        int close = findSingleClose(text, i + 1, end);
                        if (close > 0) {
                            first = emit(text, i, close, close + 1, p, false, true, out, first);
                            i = close;
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (open >= 0) {
            emit(text, open, end, end, p, reopens && first, false, out, first);
            return true;
        }
        return false;
    }

    private static int findSingleClose(String text, int from, int end) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == '“' || c == '"' || c == '‘') {
                return -1;
            }
            if (c == '’' && (j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1)))
                    && j > from && !isSpace(text.charAt(j - 1))) {
                // students’ is an apostrophe when a letter s precedes and a word follows: rare, accept
                return j;
            }
        }
        return -1;
    }

    private static boolean openingLike(String text, int i, Span para) {
        boolean prevOk = i == para.start() || isOpenContext(text.charAt(i - 1));
        boolean nextOk = i + 1 < para.end() && !isSpace(text.charAt(i + 1));
        return prevOk && nextOk;
    }

    private static boolean closingLike(String text, int i, Span para) {
        boolean prevOk = i > para.start() && !isSpace(text.charAt(i - 1));
        boolean nextOk = i + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return prevOk && nextOk;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpenContext(char c) {
        return isSpace(c) || c == '(' || c == '[' || c == '{' || c == '—' || c == '–'
                || c == '-' || c == '/' || c == ':' || c == '\u00a0';
    }

    /** Emits the content between marks, trimmed; empty or letterless quotations are dropped. */
    private static boolean emit(String text, int openMark, int contentEnd, int outerEnd, int p,
            boolean continues, boolean closed, List<Quotation> out, boolean first) {
        int s = openMark + 1;
        int e = contentEnd;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int j = s; j < e && !hasWord; j++) {
            hasWord = Character.isLetterOrDigit(text.charAt(j));
        }
        if (!hasWord) {
            return first;
        }
        out.add(new Quotation(new Span(s, e), new Span(openMark, Math.max(outerEnd, e)), p, closed, continues));
        return false;
    }
}
