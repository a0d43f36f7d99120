package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.phrase.WordShapes;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** Subject phrases as the rules that read a clause's subject (rather than a frame's) take them. */
final class SubjectPhrases {

    /** The longest common noun phrase taken as a speaker, in words: longer ones run into their clause. */
    private static final int MAX_COMMON_PHRASE = 6;

    /** Pronouns that can open a clause as its subject. */
    private static final Set<String> NOMINATIVE = WordLists.load("nominative");

    private static final Set<String> ADVERBIAL_OPENERS = WordLists.load("adverbial-openers");

    private SubjectPhrases() {
    }

    /** A name is its capitalised words; a common noun phrase at most {@value #MAX_COMMON_PHRASE} words, else null. */
    static TokenRange tighten(Doc d, TokenRange r) {
        Tok first = d.tok(r.from());
        if (WordShapes.isPronoun(first)) {
            return new TokenRange(r.from(), r.from() + 1);
        }
        if (first.capitalized() && !Lexicon.DETERMINERS.contains(first.lower())) {
            int e = r.from() + 1;
            while (e < r.to() && (d.tok(e).capitalized() || d.tok(e).is("of") && e + 1 < r.to() && d.tok(e + 1).capitalized())) {
                e++;
            }
            return new TokenRange(r.from(), e);
        }
        if (r.to() - r.from() > MAX_COMMON_PHRASE) {
            return null;
        }
        return r;
    }

    /**
     * A he/she/they that opens a later adverbial or contrasting clause of the sentence ("although she
     * made clear", "but he said"), before the quotation at {@code t} and followed by its verb: that
     * clause holds the quotation. Null when there is none between {@code from} and {@code t}.
     */
    static TokenRange nearerClauseSubject(Doc d, int from, int t) {
        for (int k = t - 1; k > from; k--) {
            Tok tk = d.tok(k);
            if (tk.isQuote()) {
                return null;
            }
            if (!NOMINATIVE.contains(tk.lower())) {
                continue;
            }
            Tok prev = d.tok(k - 1);
            Tok next = d.tok(k + 1);
            boolean opensClause = ADVERBIAL_OPENERS.contains(prev.lower());
            boolean verbNext = next.isWord() && !next.capitalized() && !Lexicon.PREPOSITIONS.contains(next.lower())
                    && !Lexicon.CLAUSE.contains(next.lower()) && !Lexicon.DETERMINERS.contains(next.lower());
            if (opensClause && verbNext) {
                return new TokenRange(k, k + 1);
            }
        }
        return null;
    }
}
