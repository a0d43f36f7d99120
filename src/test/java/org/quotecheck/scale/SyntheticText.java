package org.quotecheck.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up words, names and sentences, all derived from a seed: the same seed gives the same
 * archive, another seed another vocabulary. Every word ends in a consonant; the REST tests'
 * {@code Words} end in a vowel, so the two never share a word.
 */
final class SyntheticText {

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s",
        "t", "v", "w", "z", "br", "ch", "dr", "gl", "pl", "st"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "y", "ai", "ou"};
    private static final String CLOSERS = "lmnrstk";
    /** Function words mixed into quotations, as real speech has them (all in cluster/stopwords.txt). */
    static final String[] FUNCTION_WORDS = {"the", "we", "will", "and", "of", "to", "a", "in", "is", "that", "it",
        "not", "for", "our", "this", "they", "have", "be", "with", "are"};
    static final String[] STOCK = {"No comment", "Thank you very much", "It is what it is", "We will see"};

    private final long seed;
    private final int vocabulary;

    SyntheticText(long seed, int vocabulary) {
        this.seed = seed;
        this.vocabulary = vocabulary;
    }

    long seed() {
        return seed;
    }

    /** A random source for one purpose of one item: independent of generation order. */
    SplittableRandom random(long item, long purpose) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + item * 0xBF58476D1CE4E5B9L + purpose));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Word number {@code i}: its number (scrambled by the seed) written in consonant-vowel
     * syllables, at least two, and a closing consonant. Distinct numbers give distinct words
     * (consonant and vowel runs alternate, each run exactly one onset or one vowel).
     */
    String word(int i) {
        long n = i ^ (seed & 0xFFFFF);
        StringBuilder sb = new StringBuilder();
        int syllables = 0;
        do {
            int d = (int) (n % (ONSETS.length * VOWELS.length));
            sb.insert(0, ONSETS[d / VOWELS.length] + VOWELS[d % VOWELS.length]);
            n /= ONSETS.length * VOWELS.length;
            syllables++;
        } while (n > 0 || syllables < 2);
        return sb.append(CLOSERS.charAt((int) Math.floorMod(i * 7L + seed, CLOSERS.length()))).toString();
    }

    /** A content word, common ones more often (rank drawn towards the head of the vocabulary). */
    String contentWord(SplittableRandom r) {
        double u = r.nextDouble();
        return word((int) (vocabulary * u * u));
    }

    /** {@code n} words of speech: content words with function words between them (about one in four). */
    List<String> speech(SplittableRandom r, int n) {
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            out.add(r.nextInt(4) == 0 ? FUNCTION_WORDS[r.nextInt(FUNCTION_WORDS.length)] : contentWord(r));
        }
        return out;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Words as a sentence fragment: capitalised, a comma after the middle word of long ones. */
    static String sentence(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i == 0 ? capitalised(words.get(i)) : words.get(i));
            if (i < words.size() - 1) {
                sb.append(words.size() > 12 && i == words.size() / 2 ? ", " : " ");
            }
        }
        return sb.toString();
    }

    /** A filler sentence of narration (ends with a full stop). */
    String narration(SplittableRandom r, int words) {
        return sentence(speech(r, words)) + ".";
    }

    /** Person {@code p}'s surname: distinct per person (p × 7919 mod a prime is one-to-one). */
    String surname(int p) {
        return capitalised(word(vocabulary + 1_000_000 + (int) (p * 7_919L % 1_000_003)));
    }

    /** One of 400 given names. */
    String givenName(int p) {
        return capitalised(word(vocabulary + 3_000_000 + (int) ((p % 400) * 104_729L % 1_000_003)));
    }

    String fullName(int p) {
        return givenName(p) + " " + surname(p);
    }

    /** Publisher {@code i}: "The Bakotun Herald". */
    String publisher(int i) {
        String[] kinds = {"Herald", "Courier", "Times", "Post", "Gazette", "Tribune", "Observer", "Daily"};
        return "The " + capitalised(word(vocabulary + 5_000_000 + i)) + " " + kinds[i % kinds.length];
    }
}
