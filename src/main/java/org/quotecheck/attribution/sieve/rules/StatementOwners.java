package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npEndingAt;

import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** The owner of a noun ("her claim", "Roe's letter", "Jones’ pledge"): possessive-statement, text-subject, chant-object. */
final class StatementOwners {

    private StatementOwners() {
    }

    /** Possessive determiners that own what follows. */
    static final Set<String> OWNERS = WordLists.load("owners");

    /** "his", "her", "their", "its" at {@code k}, or the noun phrase before a possessive "'s" at {@code k}. */
    static TokenRange ownerEndingAt(Doc d, int k, int ss) {
        Tok w = d.tok(k);
        if (OWNERS.contains(w.lower())) {
            return new TokenRange(k, k + 1);
        }
        boolean bare = (w.is("’") || w.is("'")) && k - 1 >= ss && d.tok(k - 1).isWord()
                && d.tok(k - 1).lower().endsWith("s") && d.tok(k - 1).end() == w.start(); // "Jones’ pledge"
        if (!(w.is("'s") || bare) || k - 1 < ss) {
            return null;
        }
        TokenRange np = npEndingAt(d, k - 1, ss);
        if (np == null) {
            return null;
        }
        // "the company's chief executive's claim": the nearest owner; "the pull of Obama's": after "of"
        int from = np.from();
        for (int j = np.to() - 1; j > np.from(); j--) {
            Tok x = d.tok(j);
            if (x.is("'s") || x.is("of") && !(d.tok(j - 1).capitalized() && d.tok(j + 1).capitalized())) {
                from = j + 1;
                break;
            }
        }
        // "an issue out of Donald Trump's": a name ends the phrase, its capitalised words are the owner
        if (d.tok(np.to() - 1).capitalized()) {
            int n = np.to() - 1;
            while (n - 1 >= from && (d.tok(n - 1).capitalized() || d.tok(n - 1).is("of") && n - 2 >= from
                    && d.tok(n - 2).capitalized())) {
                n--;
            }
            if (n > from && !Lexicon.DETERMINERS.contains(d.tok(n - 1).lower())) {
                from = n;
            }
        }
        return from < np.to() ? new TokenRange(from, np.to()) : null;
    }
}
