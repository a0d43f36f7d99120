package org.quotecheck.attribution.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Loads the word lists of the attribution core from {@code src/main/resources/org/quotecheck/attribution/lexicon/}.
 *
 * <p>A list is a UTF-8 text file: one entry a line, exactly as it is compared (most lists hold
 * lower-case words; a few, such as section labels, hold capitals), blank lines ignored, and lines
 * starting with {@code #} are comments. Every file opens with a comment that says what the list is
 * for, so that a reader can change the words without reading the Java that uses them. The lists are
 * part of the rule set: a change to one changes what the extractor decides (raise its version).
 */
public final class WordLists {

    static final String FOLDER = "/org/quotecheck/attribution/lexicon/";

    private WordLists() {
    }

    /**
     * The entries of {@code name}.txt as an immutable set. A missing list fails at class
     * initialisation with a message naming the file, never silently as an empty list.
     */
    public static Set<String> load(String name) {
        String path = FOLDER + name + ".txt";
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list " + path + " is missing from the classpath");
            }
            Set<String> words = new LinkedHashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalStateException("word list " + path + " has no entries");
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + path, e);
        }
    }
}
