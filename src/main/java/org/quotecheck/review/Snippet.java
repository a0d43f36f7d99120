package org.quotecheck.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.cluster.QuoteText;

/**
 * A short window of a quotation's text around what a search matched, with the matched words as
 * ranges, so that a client marks them itself (escaping the text) instead of trusting markup.
 * {@code start} is where the window begins in the quotation's text; offsets are code points, the
 * highlights' relative to {@code text}, half-open.
 */
public record Snippet(
        @Schema(description = "At most 200 code points of the quotation's text, as written") String text,
        @Schema(description = "Where text begins in the quotation's text, in code points") int start,
        @Schema(description = "The matched words: half-open code point ranges into text, in order")
        List<Span> highlights) {

    /** A highlighted range of {@code text}, in code points, half-open. */
    @Schema(name = "SnippetRange")
    public record Span(int start, int end) {
    }

    /** Longest snippet, in code points: a quotation up to this long is shown whole. */
    public static final int MAX_LENGTH = 200;

    /** Marks PostgreSQL's ts_headline puts around matched words (private-use characters). */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    /**
     * The snippet of a ts_headline answer whose matches sit between {@link #OPEN} and
     * {@link #CLOSE}; {@code full} is the quotation's text, to find where the window begins.
     */
    static Snippet fromHeadline(String marked, String full) {
        StringBuilder plain = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = plain.length();
            } else if (c == CLOSE) {
                if (open >= 0) {
                    ranges.add(new int[] {open, plain.length()});
                }
                open = -1;
            } else {
                plain.append(c);
            }
        }
        String text = plain.toString();
        int at = Math.max(0, full.indexOf(text));
        return window(full, at, text.length(), ranges);
    }

    /**
     * The snippet of a fuzzy match: the words of {@code full} close to one of the query's words
     * (the same after folding case and accents, or one or two letters apart) are highlighted.
     */
    static Snippet fuzzy(String full, List<String> queryWords) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = WORD.matcher(full);
        while (m.find()) {
            String word = QuoteText.normalize(m.group()).replace(" ", "");
            for (String q : queryWords) {
                if (close(word, q)) {
                    ranges.add(new int[] {m.start(), m.end()});
                    break;
                }
            }
        }
        return window(full, 0, full.length(), ranges);
    }

    /** Whether a (normalised) word of the text is the query word or a small misspelling of it. */
    static boolean close(String word, String query) {
        if (word.isEmpty() || query.isEmpty()) {
            return false;
        }
        if (word.equals(query)) {
            return true;
        }
        int shorter = Math.min(word.length(), query.length());
        if (shorter < 4) {
            return false;
        }
        int allowed = shorter >= 8 ? 2 : 1;
        if (Math.abs(word.length() - query.length()) > allowed) {
            return false;
        }
        return distance(word, query) <= allowed;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * At most {@link #MAX_LENGTH} code points of {@code full} from UTF-16 index {@code from} (length
     * {@code length}), moved to start a little before the first highlight when that lies beyond the
     * cut; {@code ranges} are UTF-16 indices relative to {@code from}.
     */
    private static Snippet window(String full, int from, int length, List<int[]> ranges) {
        int lo = from;
        int hi = Math.min(full.length(), from + length);
        if (full.codePointCount(lo, hi) > MAX_LENGTH) {
            if (!ranges.isEmpty()) {
                int first = from + ranges.get(0)[0];
                int back = Math.max(lo, wordStart(full, Math.max(lo, first - 40)));
                lo = back;
            }
            hi = Math.min(hi, full.offsetByCodePoints(lo, Math.min(MAX_LENGTH, full.codePointCount(lo, hi))));
            if (hi < full.length() && Character.isLowSurrogate(full.charAt(hi))) {
                hi--;
            }
        }
        String text = full.substring(lo, hi);
        List<Span> spans = new ArrayList<>();
        for (int[] r : ranges) {
            int s = from + r[0];
            int e = from + r[1];
            if (s >= lo && e <= hi && s < e) {
                spans.add(new Span(full.codePointCount(lo, s), full.codePointCount(lo, e)));
            }
        }
        return new Snippet(text, full.codePointCount(0, lo), List.copyOf(spans));
    }

    private static int wordStart(String s, int i) {
        int j = i;
        while (j > 0 && !Character.isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return i - j > 20 ? i : j;
    }

    /** The words of a websearch query a fuzzy match should mark: not the excluded ones, not OR. */
    static List<String> positiveWords(String q) {
        List<String> words = new ArrayList<>();
        for (String token : q.strip().split("\\s+")) {
            if (token.startsWith("-") || token.toLowerCase(Locale.ROOT).equals("or")) {
                continue;
            }
            for (String w : QuoteText.words(token)) {
                words.add(w);
            }
        }
        return words;
    }
}
