package org.quotecheck.attribution.phrase;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

import static org.quotecheck.attribution.lexicon.Lexicon.AUX;
import static org.quotecheck.attribution.lexicon.Lexicon.CLAUSE;
import static org.quotecheck.attribution.lexicon.Lexicon.DETERMINERS;
import static org.quotecheck.attribution.lexicon.Lexicon.NOT_NAMES;
import static org.quotecheck.attribution.lexicon.Lexicon.PREPOSITIONS;
import static org.quotecheck.attribution.phrase.VerbForms.finiteAfterNoun;
import static org.quotecheck.attribution.phrase.VerbForms.openingParticiple;
import static org.quotecheck.attribution.phrase.VerbForms.presentVerbAfterName;
import static org.quotecheck.attribution.phrase.VerbForms.verbAfterNoun;
import static org.quotecheck.attribution.phrase.WordShapes.TIME_EDGES;
import static org.quotecheck.attribution.phrase.WordShapes.closingParen;
import static org.quotecheck.attribution.phrase.WordShapes.isDash;
import static org.quotecheck.attribution.phrase.WordShapes.isPronoun;
import static org.quotecheck.attribution.phrase.WordShapes.openingParen;

/**
 * Noun phrases over {@link Doc} tokens: the phrase ending at a token, the phrase after an inverted
 * verb ("said the senator"), the first segment of an appositive list. No parser: word lists and punctuation.
 */
public final class NounPhrases {

    private NounPhrases() {
    }

    /** The most words a noun phrase takes beyond its first: longer runs are clauses, not mentions. */
    static final int MAX_NP = 10;

    /** Tokens an appositive or dashed aside may span between a name and its verb. */
    static final int MAX_REACH = 45;

    /** Whether a word can begin a noun phrase naming a speaker. */
    public static boolean startsNp(Tok t) {
        if (!t.isWord()) {
            return false;
        }
        if (isPronoun(t) || DETERMINERS.contains(t.lower())) {
            return true;
        }
        if (t.capitalized()) {
            if (Lexicon.HONORIFICS.contains(t.lower()) || t.is("dr.")) {
                return true; // "said Dr. Jane Roe", "Mrs. Roe said"
            }
            return !NOT_NAMES.contains(t.lower()) && !Lexicon.SPEECH.contains(t.lower());
        }
        return !CLAUSE.contains(t.lower()) && !PREPOSITIONS.contains(t.lower()) && !AUX.contains(t.lower())
                && !t.lower().endsWith("ly") && !Lexicon.SPEECH.contains(t.lower());
    }

    /** A noun phrase ending at token {@code e} (inclusive). */
    public static TokenRange npEndingAt(Doc d, int e, int lb) {
        Tok last = d.tok(e);
        if (isPronoun(last)) {
            return new TokenRange(e, e + 1);
        }
        if (!last.isWord() || CLAUSE.contains(last.lower()) || PREPOSITIONS.contains(last.lower())
                || AUX.contains(last.lower()) || (NOT_NAMES.contains(last.lower()) && !DETERMINERS.contains(last.lower()))) {
            return null;
        }
        int s = e;
        while (s - 1 >= lb && e - s < MAX_NP) {
            Tok t = d.tok(s - 1);
            if (!t.isWord()) {
                break;
            }
            String l = t.lower();
            if (isPronoun(t) || (CLAUSE.contains(l) && !t.capitalized()) || (PREPOSITIONS.contains(l) && !l.equals("of"))
                    || Lexicon.SPEECH.contains(l) || (AUX.contains(l) && !t.capitalized())) {
                break;
            }
            if (t.capitalized() && NOT_NAMES.contains(l) && !DETERMINERS.contains(l) && !Lexicon.HONORIFICS.contains(l)
                    && !l.equals("dr.")) {
                break;
            }
            if (last.capitalized() && d.tok(s).capitalized() && !t.capitalized() && !DETERMINERS.contains(l)
                    && !Lexicon.TITLES.contains(l) && !l.equals("of") && !l.equals("'s")) {
                break; // "an interview Smith": the name starts after the common noun
            }
            s--;
        }
        // "Yesterday afternoon the senator": start at the first determiner
        for (int k = s; k < e; k++) {
            if (DETERMINERS.contains(d.tok(k).lower())) {
                s = k;
                break;
            }
        }
        if (d.tok(s).is("of") || d.tok(s).is("'s")) {
            return null;
        }
        return new TokenRange(s, e + 1);
    }

    /** The noun phrase after an inverted verb: "said Smith", "said the senator". */
    public static TokenRange npAfter(Doc d, int from, int para) {
        if (from >= d.size() || d.tok(from).para() != para) {
            return null;
        }
        Tok f = d.tok(from);
        if (isPronoun(f)) {
            return new TokenRange(from, from + 1);
        }
        if (!f.isWord() || Lexicon.DAYS.contains(f.lower()) || !startsNp(f)) {
            return null;
        }
        int k = from;
        while (k + 1 < d.size() && d.tok(k + 1).para() == para && k - from < MAX_NP) {
            Tok t = d.tok(k + 1);
            if (!t.isWord() || (CLAUSE.contains(t.lower()) && !t.capitalized())
                    || (PREPOSITIONS.contains(t.lower()) && !t.is("of")) || Lexicon.DAYS.contains(t.lower())
                    || Lexicon.SPEECH.contains(t.lower())) {
                break;
            }
            k++;
        }
        while (k > from && (d.tok(k).is("of") || d.tok(k).is("the"))) {
            k--;
        }
        return new TokenRange(from, k + 1);
    }

    /**
     * "Hugh Hill, a doctor who …, said": the subject is the first comma-separated segment that
     * starts with a noun phrase ("In a statement, Smith said" skips the opening phrase).
     */
    public static TokenRange appositiveSubject(Doc d, int comma, int lb) {
        int left = comma;
        int reach = Math.max(lb, comma - MAX_REACH);
        while (left - 1 >= reach) {
            Tok t = d.tok(left - 1);
            if (t.is(")")) {
                int open = openingParen(d, left - 1, reach);
                if (open > reach) {
                    left = open; // "Ann Roe, chairman of Rising (a PAC), said": the parenthesis is inside
                    continue;
                }
            }
            if (t.isQuote() || t.is(";") || t.is(":") || t.is("(") || t.is(")")) {
                break;
            }
            left--;
        }
        int segStart = left;
        for (int k = left; k <= comma; k++) {
            if (d.tok(k).is("(")) {
                int close = closingParen(d, k);
                if (close > 0 && close < comma) {
                    TokenRange np = k > segStart ? segmentNp(d, segStart, k) : null;
                    if (np != null) {
                        return np; // "Gov. John Kasich (R-OH), said"
                    }
                    k = close;
                    segStart = close + 1;
                    continue;
                }
            }
            if (k == comma || d.tok(k).is(",") || isDash(d.tok(k))) {
                TokenRange np = segmentNp(d, segStart, k);
                if (np != null) {
                    return np;
                }
                segStart = k + 1;
            }
        }
        return null;
    }


    /** The noun phrase that a segment [s, e) is (or starts with), skipping leading clause words. */
    static TokenRange segmentNp(Doc d, int s, int e) {
        while (s < e && d.tok(s).isWord() && CLAUSE.contains(d.tok(s).lower()) && !d.tok(s).is("that")) {
            s++;
        }
        if (s >= e || !startsNp(d.tok(s)) || TIME_EDGES.contains(d.tok(s).lower())) {
            return null; // "Earlier this week, Roe …": a time phrase is no subject
        }
        if (openingParticiple(d, s, e)) {
            return null; // "Speaking to reporters, Smith …": an opening participle is no subject
        }
        if (isPronoun(d.tok(s))) {
            return new TokenRange(s, s + 1);
        }
        int k = s;
        while (k + 1 < e && k - s < MAX_NP) {
            Tok t = d.tok(k + 1);
            if (!t.isWord() || (CLAUSE.contains(t.lower()) && !t.capitalized())
                    || (PREPOSITIONS.contains(t.lower()) && !t.is("of")) || Lexicon.SPEECH.contains(t.lower())
                    || AUX.contains(t.lower()) || verbAfterNoun(d.tok(k), t) || finiteAfterNoun(d, k + 1)
                    || presentVerbAfterName(d, k, e)) {
                break;
            }
            k++;
        }
        if (d.tok(k).is("of")) {
            k--;
        }
        if (k < s) {
            return null;
        }
        return new TokenRange(s, k + 1);
    }
}
