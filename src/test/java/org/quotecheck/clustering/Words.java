package org.quotecheck.clustering;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up words, so that each test's quotations share words with no other test's. */
public final class Words {

    private Words() {
    }

    public static String word() {
        StringBuilder sb = new StringBuilder();
        String consonants = "bcdfghjklmnprstvz";
        String vowels = "aeiou";
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            sb.append(consonants.charAt(r.nextInt(consonants.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        return sb.toString();
    }

    /** {@code n} made-up words separated by spaces. */
    public static String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(word());
        }
        return sb.toString();
    }

    public static String name() {
        String w = word();
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
