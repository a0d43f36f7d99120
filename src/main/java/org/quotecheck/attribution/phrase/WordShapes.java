package org.quotecheck.attribution.phrase;

import java.util.Set;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;

import static org.quotecheck.attribution.lexicon.Lexicon.PRONOUNS;

/**
 * Word- and punctuation-shape tests over single tokens and short spans: pronouns, dashes,
 * relative words, short parentheses, opening time phrases. No phrase structure.
 */
public final class WordShapes {

    /** The longest parenthesis read as a label inside a phrase: "(R-Texas)", "(a PAC)". */
    private static final int MAX_PAREN = 8;

    /** The longest opening time phrase before its comma: "Earlier this week,". */
    private static final int MAX_TIME_PHRASE = 5;

    private WordShapes() {
    }

    public static boolean isPronoun(Tok t) {
        return t.isWord() && PRONOUNS.contains(t.lower());
    }

    public static boolean isDash(Tok t) {
        return t.is("—") || t.is("–") || t.is("--") || t.is("―");
    }

    /** "who" or "which" introducing a relative clause. */
    public static boolean isRelative(Tok t) {
        return t.is("who") || t.is("which");
    }

    /** The matching ")" of a short parenthesis opening at {@code open}, or -1. */
    public static int closingParen(Doc d, int open) {
        for (int k = open + 1; k < Math.min(d.size(), open + MAX_PAREN); k++) {
            if (d.tok(k).is(")")) {
                return k;
            }
            if (d.tok(k).isQuote() || d.tok(k).is("(") || d.tok(k).para() != d.tok(open).para()) {
                return -1;
            }
        }
        return -1;
    }

    /** The matching "(" of a short parenthesis closing at {@code close}, or -1. */
    public static int openingParen(Doc d, int close, int lb) {
        for (int k = close - 1; k >= Math.max(lb, close - MAX_PAREN); k--) {
            if (d.tok(k).is("(")) {
                return k;
            }
            if (d.tok(k).isQuote() || d.tok(k).is(")")) {
                return -1;
            }
        }
        return -1;
    }

    /** Possessive pronouns: a name after one ("on his Facebook page") is a modifier, not a subject. */
    static final Set<String> POSSESSIVE_WORDS = WordLists.load("possessive-words");

    /** Words that begin or end a short time phrase: "Later, …", "Two days ago, …". */
    static final Set<String> TIME_EDGES = WordLists.load("time-edges");

    /** "Hours later, …", "Earlier this week, …", "Two days ago, …": a short time phrase up to a comma. */
    public static boolean timeOpening(Doc d, int s, int end) {
        if (TIME_EDGES.contains(d.tok(s).lower())) {
            return true;
        }
        for (int c = s + 1; c < Math.min(end, s + MAX_TIME_PHRASE); c++) {
            if (d.tok(c).is(",")) {
                return TIME_EDGES.contains(d.tok(c - 1).lower());
            }
        }
        return false;
    }
}
