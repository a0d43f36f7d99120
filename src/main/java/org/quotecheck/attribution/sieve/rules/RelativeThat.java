package org.quotecheck.attribution.sieve.rules;


import org.quotecheck.attribution.phrase.WordShapes;
import org.quotecheck.attribution.phrase.NounPhrases;
import java.util.Set;
import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.lexicon.WordLists;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.Tok;
import org.quotecheck.attribution.text.TokenRange;

/**
 * "T-shirts that said “…”", "a banner that read, “…”": a relative "that" before the verb is the
 * speaker mention (news annotation marks it), the noun before it its referent.
 */
public final class RelativeThat extends Rule {

    public static final String ID = "relative-that";

    /** Verbs with which a sign, shirt, banner or document "that said" carries a quotation. */
    private static final Set<String> CARRYING_VERBS = WordLists.load("carrying-verbs");

    public RelativeThat() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "Reads a thing that carries the quoted words through a relative clause: \"T-shirts that said "
                + "“…”\", \"a banner that read, “…”\", \"a sign that proclaimed “…”\". The word \"that\" is marked "
                + "as the mention and the noun before it (the shirts, the banner) as what it refers to. It holds "
                + "back when no noun stands before \"that\" (\"so that said\", \"he said that said\") and when the "
                + "verb is not one with which a sign or text carries words (said, read, declared, proclaimed, "
                + "stated, warned).";
    }

    @Override
    public String example() {
        return "Hundreds of marchers wore T-shirts that said “Fund our schools now.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int v = t - 1;
        if (v >= 0 && (d.tok(v).is(",") || d.tok(v).is(":"))) {
            v--;
        }
        if (v < 2 || !CARRYING_VERBS.contains(d.tok(v).lower()) || d.tok(v).capitalized() || !d.tok(v - 1).is("that")) {
            return null;
        }
        int ss = d.sentenceStart(v);
        int n = v - 2;
        if (n < ss) {
            return null;
        }
        Tok noun = d.tok(n);
        String l = noun.lower();
        if (!noun.isWord() || Lexicon.AUX.contains(l) || Lexicon.SPEECH.contains(l) || Lexicon.CLAUSE.contains(l)
                || Lexicon.PREPOSITIONS.contains(l) || WordShapes.isPronoun(noun) || l.endsWith("ly")
                || Lexicon.DETERMINERS.contains(l)) {
            return null; // "he said that said …", "so that said": no noun for the relative to hang on
        }
        TokenRange np = NounPhrases.npEndingAt(d, n, ss);
        return np == null ? null : Evidence.of(new TokenRange(v - 1, v), new TokenRange(v, v + 1)).endingFrameAt(v + 1).namedBy(np);
    }
}
