package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;
import org.quotecheck.attribution.sieve.Trait;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class SentenceFrame extends Rule {

    public static final String ID = "sentence-frame";

    public SentenceFrame() {
        super(ID, 0.85, Trait.STRONG);
    }

    @Override
    public String description() {
        return "`… “velvet gloves” in its dealings, said Jane Doe.`: a frame at the sentence end "
                + "covers the partial quotes before it";
    }

    @Override
    public String example() {
        return "… “velvet gloves” in its dealings, said Jane Doe.";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.sentenceFrame(state, q);
    }
}
