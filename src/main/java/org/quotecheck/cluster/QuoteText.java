package org.quotecheck.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a quotation as clustering and checks compare them: lower case, accents removed,
 * apostrophes dropped inside words ("don’t" = "dont"), every other mark or punctuation a word
 * break, whitespace collapsed. Pure Java: the same function fills {@code quotation.normalized}
 * and normalises a claim, so the database and a check always agree.
 */
public final class QuoteText {

    /** Fewer content words than this and a quotation is too short or generic to cluster. */
    public static final int MIN_CONTENT_WORDS = 4;
    /** A fragment must have at least this many words before containment may join it to a longer quotation. */
    public static final int MIN_CONTAINED_WORDS = 6;
    /** How many leading words {@link #lead} keeps: the index key for "a stored quotation inside this claim". */
    public static final int LEAD_WORDS = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("(?<=[\\p{L}\\p{N}])['’‘ʼ`´](?=[\\p{L}\\p{N}])|['’ʼ](?=\\s|$)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> STOPWORDS = load("stopwords");
    private static final Set<String> STOP_PHRASES = load("stop-phrases");

    private QuoteText() {
    }

    /** The normalised text: words separated by single spaces; empty when the text has no letter or digit. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }

    /** The normalised words. */
    public static List<String> words(String text) {
        String n = normalize(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    /** Words that are not function words (normalised input expected). */
    public static int contentWords(List<String> normalizedWords) {
        int n = 0;
        for (String w : normalizedWords) {
            if (!STOPWORDS.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a normalised text may join a cluster: at least {@link #MIN_CONTENT_WORDS} content
     * words and not a stock phrase ("no comment"). Short fragments never glue quotations together.
     */
    public static boolean clusterable(String normalized) {
        if (normalized == null || normalized.isEmpty() || STOP_PHRASES.contains(normalized)) {
            return false;
        }
        return contentWords(List.of(normalized.split(" "))) >= MIN_CONTENT_WORDS;
    }

    /**
     * Every run of at least {@code minWords} consecutive words of a normalised text that is shorter
     * than the text, longest first, within its first {@code maxWords} words and at most {@code max}
     * of them: the stored quotations that may lie inside a claim are exactly those whose words are
     * one of these, which an index on the words finds one by one, however many other quotations
     * begin the same way.
     */
    public static List<String> innerRuns(String normalized, int minWords, int maxWords, int max) {
        String[] w = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        int n = Math.min(w.length, maxWords);
        List<String> out = new ArrayList<>();
        for (int len = Math.min(n, w.length - 1); len >= minWords && out.size() < max; len--) {
            for (int from = 0; from + len <= n && out.size() < max; from++) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, from, from + len)));
            }
        }
        return out;
    }

    /** Whether normalised {@code part} occurs in normalised {@code whole} on word boundaries. */
    public static boolean containsWords(String whole, String part) {
        if (part.isEmpty() || part.length() > whole.length()) {
            return false;
        }
        return (" " + whole + " ").contains(" " + part + " ");
    }

    /** Values in a {@link #sketch}. */
    public static final int SKETCH_SIZE = 16;

    /**
     * The near-duplicate key of a normalised text: the {@link #SKETCH_SIZE} smallest hashes of its
     * content-word pairs (a bottom-k MinHash sketch). Two texts that share most of their words share
     * most pairs, and then, with high probability, some of these values, whereas texts that merely
     * use common words ("the", "said") share none; so an index over sketches finds near-duplicate
     * candidates among millions of quotations without reading every one that shares a letter
     * trigram. A text with one content word is keyed by that word; with none, the sketch is empty.
     */
    public static int[] sketch(String normalized) {
        List<String> content = new ArrayList<>();
        if (normalized != null && !normalized.isEmpty()) {
            for (String w : normalized.split(" ")) {
                if (!STOPWORDS.contains(w)) {
                    content.add(w);
                }
            }
        }
        java.util.TreeSet<Integer> hashes = new java.util.TreeSet<>();
        if (content.size() == 1) {
            hashes.add(mix(content.get(0).hashCode()));
        }
        for (int i = 0; i + 1 < content.size(); i++) {
            hashes.add(mix((content.get(i) + " " + content.get(i + 1)).hashCode()));
        }
        return hashes.stream().limit(SKETCH_SIZE).mapToInt(Integer::intValue).toArray();
    }

    /** Words of a quotation whose {@link #shingles} are kept: containment is found within the first this many. */
    public static final int MAX_SHINGLE_WORDS = 2_000;

    /**
     * Consecutive runs a {@link #shingles} window spans: a text of {@link #MIN_CONTAINED_WORDS} words
     * has exactly this many runs of {@link #LEAD_WORDS}, so every text containment may join fills a window.
     */
    public static final int SHINGLE_WINDOW = MIN_CONTAINED_WORDS - LEAD_WORDS + 1;

    /**
     * The containment key of a normalised text: of the hashes of its runs of {@link #LEAD_WORDS}
     * consecutive words, the smallest in each window of {@link #SHINGLE_WINDOW} consecutive runs
     * (winnowing, Schleimer et al. 2003; distinct, ascending). Every window of a text inside another
     * on word boundaries is also a window of the longer text, so the longer one holds all of the
     * shorter one's values, and an index over these finds the longer quotations around a claim by a
     * few of the claim's values ({@link #shingleKeys}). About half the runs are kept (every run
     * before: twice the index entries, the costliest part of storing a quotation at a million).
     * A text with fewer runs than a window (under {@link #MIN_CONTAINED_WORDS} words) keeps them all;
     * containment never joins it. Hashes may collide: a candidate is confirmed with {@link #containsWords}.
     * Rows stored before winnowing hold every run, a superset: they are still found.
     */
    public static int[] shingles(String normalized) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>(winnowed(normalized));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The {@link #shingles} values in the order of their first window. */
    private static List<Integer> winnowed(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return List.of();
        }
        String[] w = normalized.split(" ");
        int runs = Math.min(w.length, MAX_SHINGLE_WORDS) - LEAD_WORDS + 1;
        if (runs <= 0) {
            return List.of();
        }
        int[] h = new int[runs];
        for (int i = 0; i < runs; i++) {
            h[i] = shingle(w, i);
        }
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        if (runs < SHINGLE_WINDOW) {
            for (int v : h) {
                out.add(v);
            }
            return new ArrayList<>(out);
        }
        for (int i = 0; i + SHINGLE_WINDOW <= runs; i++) {
            int min = h[i];
            for (int j = i + 1; j < i + SHINGLE_WINDOW; j++) {
                min = Math.min(min, h[j]);
            }
            out.add(min);
        }
        return new ArrayList<>(out);
    }

    /**
     * Up to {@code max} of a claim's {@link #shingles} to look up longer quotations with: the first,
     * the last, and values spread between, so that a stored quotation must hold words from the
     * whole claim. Empty when the claim has fewer than {@link #MIN_CONTAINED_WORDS} words: its values
     * need not be among a longer text's.
     */
    public static int[] shingleKeys(String normalized, int max) {
        if (normalized == null || normalized.isEmpty() || max <= 0
                || wordCount(normalized) < MIN_CONTAINED_WORDS) {
            return new int[0];
        }
        List<Integer> values = winnowed(normalized);
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        int k = Math.min(max, values.size());
        for (int j = 0; j < k; j++) {
            int i = k == 1 ? 0 : (int) ((long) j * (values.size() - 1) / (k - 1));
            out.add(values.get(i));
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int shingle(String[] words, int from) {
        int h = 1;
        for (int i = from; i < from + LEAD_WORDS; i++) {
            h = 31 * h + words[i].hashCode();
        }
        return mix(h);
    }

    /** A sketch or shingles as a PostgreSQL array literal ({@code {1,-2,3}}), for {@code CAST(:s AS integer[])}. */
    public static String sketchLiteral(int[] sketch) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < sketch.length; i++) {
            b.append(i == 0 ? "" : ",").append(sketch[i]);
        }
        return b.append('}').toString();
    }

    // MurmurHash3's finaliser: String.hashCode alone is too regular for "smallest values" to be a fair sample
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Number of words of a normalised text. */
    public static int wordCount(String normalized) {
        // as normalized.split(" ").length (trailing separators ignored), without the strings
        int end = normalized.length();
        while (end > 0 && normalized.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return 0;
        }
        int words = 1;
        for (int i = 0; i < end; i++) {
            if (normalized.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private static Set<String> load(String name) {
        String path = "/org/quotecheck/cluster/" + name + ".txt";
        try (InputStream in = QuoteText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list " + path + " is missing from the classpath");
            }
            Set<String> entries = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    entries.add(w);
                }
            }
            return Set.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
