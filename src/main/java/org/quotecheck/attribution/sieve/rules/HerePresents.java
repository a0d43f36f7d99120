package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import org.quotecheck.attribution.lexicon.Lexicon;
import org.quotecheck.attribution.phrase.Speakers;
import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/** "Here's Roe in 1992: “…”", "Here is the senator on taxes: “…”": the presented speaker. */
public final class HerePresents extends Rule {

    public static final String ID = "here-presents";

    /** The shortest frame, "Here 's Roe :", is four tokens before the quotation. */
    private static final int SHORTEST_FRAME = 4;

    public HerePresents() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "Reads a sentence that presents a person and hands over to the quotation with a colon: "
                + "\"Here's Roe in 1992: “…”\", \"Here is the senator on taxes: “…”\". The person presented is "
                + "credited. It holds back unless the sentence opens with \"Here's\" or \"Here is\", the phrase "
                + "after it reads as a person, and nothing but a short phrase of time or topic (\"in 1992\", "
                + "\"on taxes\") stands between that person and the colon.";
    }

    @Override
    public String example() {
        return "Here's the governor on taxes: “We will not raise them this year or next.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        if (t < SHORTEST_FRAME || !d.tok(t - 1).is(":")) {
            return null;
        }
        int ss = d.sentenceStart(t - 1);
        if (!d.tok(ss).is("here") || !(d.tok(ss + 1).is("'s") || d.tok(ss + 1).is("is"))) {
            return null;
        }
        TokenRange np = npAfter(d, ss + 2, d.tok(ss).para());
        if (np == null || np.to() > t - 1 || !Speakers.personLike(d, np)) {
            return null;
        }
        for (int k = np.to(); k < t - 1; k++) {
            if (!d.tok(k).isWord() || k == np.to() && !Lexicon.PREPOSITIONS.contains(d.tok(k).lower())) {
                return null; // only an adjunct of time or topic may follow: "in 1992", "on taxes"
            }
        }
        return Evidence.of(np, new TokenRange(ss, ss + 2));
    }
}
