package org.quotecheck.attribution.sieve.rules;

import org.quotecheck.attribution.sieve.Evidence;
import org.quotecheck.attribution.sieve.Rule;
import org.quotecheck.attribution.sieve.Sieve;
import org.quotecheck.attribution.sieve.State;

/** The {@value #ID} rule of the sieve; {@link #description()} says what it reads. */
public final class Coordinated extends Rule {

    public static final String ID = "coordinated";

    public Coordinated() {
        super(ID, 0.9);
    }

    @Override
    public String description() {
        return "`“tired” and “slow”`: joined only by and/or/commas, one speaker";
    }

    @Override
    public String example() {
        return "“tired” and “slow”";
    }

    @Override
    public Evidence match(State state, int q) {
        return Sieve.coordinated(state, q);
    }
}
