package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Tok;

/** Small word tests shared by the rules that read frames built on a noun (statement, document, chant). */
final class NominalWords {

    private NominalWords() {
    }

    static boolean isArticle(Tok t) {
        return t.is("a") || t.is("an") || t.is("the");
    }

    static boolean isCopula(Tok t) {
        return t.is("was") || t.is("is") || t.is("were") || t.is("are");
    }

    /** A day or a time adverb that may stand between a noun and its clause: "his comment Monday that …". */
    static boolean isTimeWord(Tok w) {
        return w.isWord() && (Lexicon.DAYS.contains(w.lower()) || w.is("yesterday") || w.is("today") || w.is("then")
                || w.is("earlier") || w.is("later"));
    }
}
