package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/** "But, said Roe, “…”", "As Roe put it — said Roe: “…”": an inverted speech verb and a name right before the quotation. */
public final class InvertedBefore extends Rule {

    public static final String ID = "inverted-before";

    /** How many capitalised words the name between the verb and the comma may have. */
    private static final int MAX_NAME_WORDS = 4;

    public InvertedBefore() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "Reads an inverted speech verb followed by a name just before the quotation, set off by "
                + "commas, a dash or the start of the sentence: \"In the end, explained Ann Roe, “…”\", \"— said "
                + "Roe: “…”\". The name between the verb and the comma or colon is credited. It holds back when the words "
                + "after the verb are not a capitalised name, when the verb only names the words (\"called\") "
                + "or is an -ing form, when the verb sits in the middle of a clause rather than opening it, and "
                + "when the frame and the quotation are in different paragraphs.";
    }

    @Override
    public String example() {
        return "In the end, explained Ann Roe, “the vote will happen next week whether they like it or not.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int k = t - 1;
        if (k < 2 || !(d.tok(k).is(",") || d.tok(k).is(":"))) {
            return null;
        }
        int e = k; // the name ends before the comma
        int n = e;
        while (n - 1 >= 0 && e - n < MAX_NAME_WORDS && d.tok(n - 1).capitalized()
                && !Lexicon.NOT_NAMES.contains(d.tok(n - 1).lower())) {
            n--;
        }
        if (n == e || n - 1 < 0) {
            return null;
        }
        int v = n - 1;
        Tok verb = d.tok(v);
        if (!Lexicon.isSpeech(verb) || Lexicon.NAMING.contains(verb.lower()) || verb.lower().endsWith("ing")) {
            return null;
        }
        int ss = d.sentenceStart(v);
        boolean opens = v == ss || d.tok(v - 1).is(",") || WordShapes.isDash(d.tok(v - 1));
        return opens && d.tok(v).para() == d.tok(t).para()
                ? Evidence.of(new TokenRange(n, e), new TokenRange(v, v + 1)).endingFrameAt(t) : null;
    }
}
