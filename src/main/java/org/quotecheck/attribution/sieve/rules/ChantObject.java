package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class ChantObject extends Rule {

    public static final String ID = "chant-object";

    public ChantObject() {
        super(ID, 0.75);
    }

    @Override
    public String description() {
        return "`the crowd reprised the chant “…”`: the subject that takes up the chant (not `was met "
                + "with chants of`)";
    }

    @Override
    public String example() {
        return "the crowd reprised the chant “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.chantObject(state, q);
    }
}
