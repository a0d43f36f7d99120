package org.quotecheck.attribution.sieve.rules;

import static org.quotecheck.attribution.phrase.NounPhrases.npAfter;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;
import org.quotecheck.attribution.text.Doc;
import org.quotecheck.attribution.text.TokenRange;

/** according to X, “…” / “…,” according to X. */
public final class AccordingTo extends Rule {

    public static final String ID = "according-to";

    /** How far from the quotation, either way within its sentence, "according to" is sought, in tokens. */
    private static final int WINDOW = 40;

    public AccordingTo() {
        super(ID, 0.9, Trait.STRONG);
    }

    @Override
    public String description() {
        return "Reads “according to X” anywhere in the quotation's sentence, before or after it, when no speech "
                + "frame decided: X is the source that vouches for the wording. It holds back when no noun phrase "
                + "follows “according to”, and does not look beyond a long sentence's nearest 40 tokens.";
    }

    @Override
    public String example() {
        return "According to the city's budget office, the repairs were “far behind schedule.”";
    }

    @Override
    public Evidence match(State state, int q) {
        Doc d = state.doc();
        int t = d.quoteTok(q);
        int ss = Math.max(d.sentenceStart(t), t - WINDOW);
        int se = Math.min(d.sentenceEnd(t), t + WINDOW);
        for (int k = ss; k + 2 < se; k++) {
            if (d.tok(k).is("according") && d.tok(k + 1).is("to")) {
                TokenRange np = npAfter(d, k + 2, d.tok(k).para());
                if (np != null) {
                    return Evidence.of(np, new TokenRange(k, k + 2));
                }
            }
        }
        return null;
    }
}
