package org.quotecheck.attribution.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * First names with their gender, from the US Social Security Administration's baby-name counts
 * (public domain; see {@code SOURCE-first-names.md} beside {@code first-names.tsv}). A name given
 * to both sexes is {@link Gender#EITHER}. Immutable and thread-safe; {@link #standard()} loads the
 * shipped file once per class loader.
 *
 * <p>A hit says only that the word <em>can</em> be a first name: many surnames are first names
 * too (Clinton, Grant), so callers count it as evidence of a person where a first name stands,
 * before another capitalised word.
 */
public final class FirstNameGazetteer {

    /** The shipped file in the entity data directory. */
    public static final String RESOURCE = "first-names.tsv";

    /** One entry: the gender and the births counted for each sex. */
    public record Entry(String name, Gender gender, long femaleBirths, long maleBirths) {
    }

    private final Map<String, Entry> entries;

    private FirstNameGazetteer(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    private static final class Standard {
        static final FirstNameGazetteer INSTANCE = parse(RESOURCE, EntityResources.dataLines(RESOURCE));
    }

    /** The shipped gazetteer, loaded on first use; fails with a clear message if the file is missing. */
    public static FirstNameGazetteer standard() {
        return Standard.INSTANCE;
    }

    /** Reads a gazetteer in the shipped format ({@code name TAB F|M|FM [TAB female TAB male]}). */
    public static FirstNameGazetteer read(String source, InputStream in) {
        try {
            return parse(source, EntityResources.dataLines(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read first-name gazetteer " + source, e);
        }
    }

    private static FirstNameGazetteer parse(String source, List<String> lines) {
        Map<String, Entry> map = new HashMap<>(lines.size() * 2);
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String[] f = line.split("\t");
            if (f.length != 2 && f.length != 4) {
                throw new IllegalStateException("first-name gazetteer " + source + ", entry " + lineNo
                        + ": expected name<TAB>gender[<TAB>female<TAB>male], got '" + line + "'");
            }
            long female = f.length == 4 ? Long.parseLong(f[2]) : 0;
            long male = f.length == 4 ? Long.parseLong(f[3]) : 0;
            map.put(f[0].toLowerCase(Locale.ROOT), new Entry(f[0], Gender.fromCode(f[1]), female, male));
        }
        if (map.isEmpty()) {
            throw new IllegalStateException("first-name gazetteer " + source + " has no entries");
        }
        return new FirstNameGazetteer(map);
    }

    /** The entry for a word (any case), if it is a listed first name. */
    public Optional<Entry> lookup(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(entries.get(word.toLowerCase(Locale.ROOT)));
    }

    public boolean isFirstName(String word) {
        return lookup(word).isPresent();
    }

    /** The name's gender; {@link Gender#UNKNOWN} for a word that is not a listed first name. */
    public Gender gender(String word) {
        return lookup(word).map(Entry::gender).orElse(Gender.UNKNOWN);
    }

    /**
     * The sex that holds at least {@code share} of the name's births (FEMALE or MALE), else EITHER;
     * UNKNOWN for a word that is no listed first name. "Bernie" (86% of births boys) is MALE at 0.8,
     * "Jan" (71% girls) stays EITHER. An entry without counts keeps its listed gender.
     */
    public Gender likelyGender(String word, double share) {
        return lookup(word).map(e -> {
            long all = e.femaleBirths() + e.maleBirths();
            if (all == 0) {
                return e.gender();
            }
            return e.femaleBirths() >= share * all ? Gender.FEMALE
                    : e.maleBirths() >= share * all ? Gender.MALE : Gender.EITHER;
        }).orElse(Gender.UNKNOWN);
    }

    public int size() {
        return entries.size();
    }
}
