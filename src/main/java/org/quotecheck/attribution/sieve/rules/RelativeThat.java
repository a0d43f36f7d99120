package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.LooseFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class RelativeThat extends Rule {

    public static final String ID = "relative-that";

    public RelativeThat() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "`T-shirts that said “…”`, `a message that read, “…”`: the mention is \"that\", the noun "
                + "before it the referent";
    }

    @Override
    public String example() {
        return "T-shirts that said “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return LooseFrames.relativeThat(state, q);
    }
}
