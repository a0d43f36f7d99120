package org.quotecheck.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff (longest common subsequence over normalised words) that keeps the words as
 * written, so a page can show "the West <del>wants</del><ins>seeks</ins> to impose". The common
 * prefix and suffix are taken first; a middle part longer than {@link #MAX_WORDS} words on either
 * side is shown as deleted and inserted whole, so the work stays bounded (at most
 * {@code MAX_WORDS²} cells) whatever the input.
 */
public final class WordDiff {

    public static final int MAX_WORDS = 600;

    public enum Kind { SAME, INSERTED, DELETED }

    /** A run of words: {@code text} as written (from the new text for SAME and INSERTED, from the old for DELETED). */
    public record Op(Kind kind, String text) {
    }

    /** A word as written and as compared. */
    record Word(String shown, String key) {
    }

    private WordDiff() {
    }

    /** How {@code to} differs from {@code from}, in runs. */
    public static List<Op> diff(String from, String to) {
        List<Word> a = split(from);
        List<Word> b = split(to);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).key().equals(b.get(start).key())) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).key().equals(b.get(endB - 1).key())) {
            endA--;
            endB--;
        }
        Builder out = new Builder();
        for (int i = 0; i < start; i++) {
            out.add(Kind.SAME, b.get(i).shown());
        }
        middle(a.subList(start, endA), b.subList(start, endB), out);
        for (int i = endB; i < b.size(); i++) {
            out.add(Kind.SAME, b.get(i).shown());
        }
        return out.ops;
    }

    /** Whether the two texts have the same words after normalisation. */
    public static boolean sameWords(List<Op> ops) {
        return ops.stream().allMatch(o -> o.kind() == Kind.SAME);
    }

    private static void middle(List<Word> a, List<Word> b, Builder out) {
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            a.forEach(w -> out.add(Kind.DELETED, w.shown()));
            b.forEach(w -> out.add(Kind.INSERTED, w.shown()));
            return;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).key().equals(b.get(j).key()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).key().equals(b.get(j).key())) {
                out.add(Kind.SAME, b.get(j).shown());
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(Kind.DELETED, a.get(i++).shown());
            } else {
                out.add(Kind.INSERTED, b.get(j++).shown());
            }
        }
        while (i < n) {
            out.add(Kind.DELETED, a.get(i++).shown());
        }
        while (j < m) {
            out.add(Kind.INSERTED, b.get(j++).shown());
        }
    }

    /** Whitespace-separated words, each with its normalised key; pure punctuation belongs to no word. */
    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String token : text.strip().split("\\s+")) {
            String key = QuoteText.normalize(token);
            if (key.isEmpty()) {
                continue;
            }
            // "well-known" is two normalised words but one shown word: compare it as written
            words.add(new Word(token, key));
        }
        return words;
    }

    /** Merges consecutive words of the same kind into one run. */
    private static final class Builder {
        final List<Op> ops = new ArrayList<>();

        void add(Kind kind, String word) {
            if (!ops.isEmpty() && ops.get(ops.size() - 1).kind() == kind) {
                Op last = ops.remove(ops.size() - 1);
                ops.add(new Op(kind, last.text() + " " + word));
            } else {
                ops.add(new Op(kind, word));
            }
        }
    }
}
