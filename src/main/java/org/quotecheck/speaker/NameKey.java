package org.quotecheck.speaker;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key that makes "Wang Yi", "wang  yi" and "Wáng Yí" one speaker: case, diacritics, apostrophe
 * style and whitespace are folded. Spelling variants that differ in letters ("Sergei"/"Sergey")
 * are not folded here; they are joined through aliases.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private NameKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
        return display(s).toLowerCase(Locale.ROOT);
    }

    /** The name as shown: trimmed, inner whitespace collapsed to single spaces. */
    public static String display(String name) {
        return SPACES.matcher(name).replaceAll(" ").strip();
    }
}
