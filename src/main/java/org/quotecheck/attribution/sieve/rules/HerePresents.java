package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.NominalFrames;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class HerePresents extends Rule {

    public static final String ID = "here-presents";

    public HerePresents() {
        super(ID, 0.8);
    }

    @Override
    public String description() {
        return "`Here's Clinton in 1992: “…”`: the person presented";
    }

    @Override
    public String example() {
        return "Here's Clinton in 1992: “…”";
    }

    @Override
    public Evidence match(State state, int q) {
        return NominalFrames.herePresents(state, q);
    }
}
