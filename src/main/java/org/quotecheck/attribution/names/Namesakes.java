package org.quotecheck.attribution.names;

import java.util.Map;
import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.names.NameResolver.Entity;
import org.quotecheck.attribution.text.Doc;

/**
 * Which of two names of the article a surname means when both contain it: the fuller form of one
 * person ("Cruz" → "Ted Cruz"), or, between namesakes ("Bill" and "Hillary Clinton"), the one the
 * article's own words introduce, a person-shaped name, the exact last word, the name used most.
 */
final class Namesakes {

    private static final FirstNameGazetteer FIRST_NAMES = FirstNameGazetteer.standard();

    /** Whether {@code e} is a better reading than {@code best} of a mention whose last name word is {@code last}. */
    static boolean better(Doc doc, Entity e, Entity best, String last, Map<String, Integer> often) {
        boolean namesakes = !e.words().containsAll(best.words()) && !best.words().containsAll(e.words());
        if (namesakes) {
            // the article's own words introduce a person; a quotation may spell the name its own way
            int c = Boolean.compare(doc.tok(e.tok()).quote() < 0, doc.tok(best.tok()).quote() < 0);
            if (c == 0) {
                c = Boolean.compare(personShaped(e), personShaped(best));
            }
            if (c == 0) {
                c = Boolean.compare(lastWordMatches(e, last), lastWordMatches(best, last));
            }
            if (c == 0) {
                c = Integer.compare(often.get(e.words().get(0)), often.get(best.words().get(0)));
            }
            if (c != 0) {
                return c > 0;
            }
        }
        return e.words().size() > best.words().size()
                || (e.words().size() == best.words().size() && lastWordMatches(e, last) && !lastWordMatches(best, last));
    }

    /** "Ted Cruz", "J. Ann Lowell": a first name or an initial, then more name words. */
    private static boolean personShaped(Entity e) {
        String first = e.words().get(0);
        return e.words().size() > 1 && (FIRST_NAMES.isFirstName(first) || first.length() <= 4 && first.endsWith("."));
    }

    static boolean lastWordMatches(Entity e, String w) {
        return e.words().get(e.words().size() - 1).equals(w);
    }

    private Namesakes() {
    }
}
