package org.quotecheck.attribution.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mention's text cut into what the typer and the splitter look at: the head part's words
 * (before the first comma, without parentheticals, closing punctuation or a final possessive),
 * the parentheticals ("D-Ohio"), and the appositive after the first comma.
 */
record Phrase(List<String> words, List<String> parentheticals, String appositive) {

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    static Phrase of(String mention) {
        String s = mention == null ? "" : mention.strip();
        List<String> parens = new ArrayList<>();
        if (s.indexOf('(') >= 0) { // most names have no parenthesis: no need for the pattern
            Matcher m = PARENTHETICAL.matcher(s);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                String inside = m.group(1).strip();
                if (!inside.isEmpty()) {
                    parens.add(inside);
                }
                m.appendReplacement(rest, "");
            }
            m.appendTail(rest);
            s = rest.toString().strip();
        }
        String appositive = null;
        int comma = s.indexOf(',');
        if (comma >= 0) {
            appositive = s.substring(comma + 1).strip();
            s = s.substring(0, comma).strip();
        }
        List<String> words = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (!words.isEmpty()) {
            int last = words.size() - 1;
            String w = trimClosing(words.get(last));
            if (w.length() > 2 && POSSESSIVE.matcher(w).find()) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.isEmpty()) {
                words.remove(last);
            } else {
                words.set(last, w);
            }
        }
        return new Phrase(List.copyOf(words), List.copyOf(parens), appositive == null || appositive.isEmpty() ? null : appositive);
    }

    /**
     * Drops closing punctuation: the colon of a transcript label, a stray quote mark, the
     * apostrophe of a plural possessive ("Sanders’"). An abbreviation's dot stays ("Jr.").
     */
    private static String trimClosing(String w) {
        int end = w.length();
        while (end > 0 && ":;,!?\"“”'’)".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }

    String join(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
