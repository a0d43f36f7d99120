package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.LooseFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class InvertedBefore extends Rule {

    public static final String ID = "inverted-before";

    public InvertedBefore() {
        super(ID, 0.85);
    }

    @Override
    public String description() {
        return "`But, said Solovey, “…”`: the name between the commas";
    }

    @Override
    public String example() {
        return "But, said Solovey, “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return LooseFrames.invertedBefore(state, q);
    }
}
