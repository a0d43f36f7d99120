package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.Subjects;
import org.quotecheck.attribution.phrase.NounPhrases;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** "…, as The Ledger put it, “…”" / "“…,” as a memo put it": the source of the wording. */
public final class AsPutIt extends Rule {

    public static final String ID = "as-put-it";

    /** How far from the quotation, either way within its sentence, the "as" of the aside is sought, in tokens. */
    private static final int WINDOW = 30;

    /** How far after "as" its verb may stand, in tokens: a short subject ("as the city's own auditor put it"). */
    private static final int ASIDE_LENGTH = 10;

    public AsPutIt() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads an aside that names who worded the quotation: as the Ledger put it, “…”, or, right after the "
                + "quotation, “…,” as Ruiz said on the radio. The aside must open after a comma, a quotation or the "
                + "start of the sentence, and its subject must come right after “as”. A speech verb other than “put it” "
                + "counts only right after the quotation and only when it has no clause of its own: in “as Ruiz said "
                + "she would” the aside reports something else, and the rule holds back.";
    }

    @Override
    public String example() {
        return "The repairs were, as the Valley Ledger put it, “a slow-motion disaster.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = Math.max(d.sentenceStart(t), t - WINDOW);
        int se = Math.min(d.sentenceEnd(t), t + WINDOW);
        for (int k = ss; k + 3 < se; k++) {
            if (!d.tok(k).is("as") || k > 0 && !(d.tok(k - 1).is(",") || d.tok(k - 1).isQuote() || k == d.sentenceStart(k))) {
                continue;
            }
            int put = -1;
            for (int j = k + 2; j + 1 < Math.min(se, k + ASIDE_LENGTH); j++) {
                Tok w = d.tok(j);
                if (!w.isWord()) {
                    break;
                }
                if ((w.is("put") || w.is("puts")) && d.tok(j + 1).is("it")) {
                    put = j;
                    break;
                }
                boolean rightAfter = k - 1 == t || k - 2 == t && d.tok(k - 1).is(",");
                if (rightAfter && Lexicon.isSpeechAt(d, j) && !Lexicon.NAMING.contains(w.lower()) && reportEnds(d, j + 1)) {
                    put = j; // "“…,” as Cruz said on the radio, …": the aside names who said it
                    break;
                }
            }
            if (put < 0 || !NounPhrases.startsNp(d.tok(k + 1))) {
                continue;
            }
            boolean putIt = d.tok(put + 1).is("it");
            TokenRange who = putIt ? new TokenRange(k + 1, put) : Subjects.subjectOf(d, put, k + 1);
            if (who == null || who.from() != k + 1) {
                continue;
            }
            return Evidence.of(who, new TokenRange(put, putIt ? put + 2 : put + 1));
        }
        return null;
    }

    /** A report verb with no object clause of its own: followed by punctuation or a phrase of place or time. */
    private static boolean reportEnds(Doc d, int k) {
        if (k >= d.size()) {
            return true;
        }
        Tok n = d.tok(k);
        return !n.isWord() && !n.isQuote() || Lexicon.PREPOSITIONS.contains(n.lower()) && !n.is("of") && !n.is("about")
                || Lexicon.DAYS.contains(n.lower()) || n.is("last") || n.is("earlier") || n.is("recently") || n.is("then");
    }
}
