package org.quotecheck.attribution.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word list from a resource file: one entry a line, optionally followed by a tab and a value
 * (a gender code in the gendered lists). Lookup ignores case, so "SEN." matches "Sen." in a
 * transcript label. Entries may hold spaces ("the company") and are matched whole.
 */
final class WordList {

    private final Map<String, String> entries;

    private WordList(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** Loads {@code name} from the entity data directory; fails if it is missing or empty. */
    static WordList load(String name) {
        return parse(EntityResources.dataLines(name));
    }

    static WordList parse(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String key = (tab < 0 ? line : line.substring(0, tab)).strip();
            String value = tab < 0 ? "" : line.substring(tab + 1).strip();
            map.put(key.toLowerCase(Locale.ROOT), value);
        }
        return new WordList(map);
    }

    boolean contains(String word) {
        return word != null && entries.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The value after the tab ("" when the line has none), or null when the word is not listed. */
    String value(String word) {
        return word == null ? null : entries.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender recorded beside a listed word; UNKNOWN when the list gives none or the word is absent. */
    Gender gender(String word) {
        String v = value(word);
        return v == null || v.isEmpty() ? Gender.UNKNOWN : Gender.fromCode(v);
    }
}
